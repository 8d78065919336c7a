import Language

/// A function the student defined, such as `f(x, y) = x^2 + 3*x*y`.
public struct UserFunction: Sendable {
    public var name: String
    public var parameters: [String]
    public var body: Expr

    /// The body with the parameters replaced by `arguments`.
    public func applied(to arguments: [Expr]) -> Expr {
        body.substituting(Dictionary(uniqueKeysWithValues: zip(parameters, arguments)))
    }

    /// `f(x, y) = x^2 + 3*x*y`, as `:vars` lists it.
    public func signature(_ printer: Printer) -> String {
        "\(name)(\(parameters.joined(separator: ", "))) = \(printer.string(body))"
    }
}
