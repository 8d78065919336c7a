/// Why an expression could not be treated as a polynomial or rational function.
public enum PolynomialError: Error, Equatable, Sendable {
    /// The expression holds a decimal; polynomial algebra here is exact only.
    case decimal
    /// The expression is not a quotient of polynomials in the variable (`apart(sin(x), x)`).
    case notRational(variable: String)
    /// `apart` needs one variable, but the expression also mentions these.
    case otherVariables([String])
    /// Past the degree limit on expanding or factoring, which keeps answers quick.
    case tooLarge(limit: Int)

    /// The reason in a student's words.
    public var message: String {
        switch self {
        case .decimal:
            return "it works with exact numbers only, and this expression has a decimal; write 1/2 rather than 0.5"
        case .notRational(let variable):
            return "the expression is not a quotient of polynomials in \(variable)"
        case .otherVariables(let names):
            return "it needs an expression in one variable, but this one also has \(names.joined(separator: ", "))"
        case .tooLarge(let limit):
            return "its polynomials are too large to work with exactly here (the limit is degree \(limit))"
        }
    }
}
