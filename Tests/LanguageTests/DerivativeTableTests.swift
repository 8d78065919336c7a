import Testing
@testable import Language

/// A textbook table of derivatives and the exact form each prints in.
@Suite struct DerivativeTableTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let function: String
        let derivative: String
        var variable = "x"
        var testDescription: String { "d/d\(variable) \(function) = \(derivative)" }
    }

    static let table: [Case] = [
        Case(function: "5", derivative: "0"),
        Case(function: "x", derivative: "1"),
        Case(function: "3*x", derivative: "3"),
        Case(function: "x^2", derivative: "2*x"),
        Case(function: "x^3/3", derivative: "x^2"),
        Case(function: "x^2/7", derivative: "2*x/7"),
        Case(function: "x^2 + 3*x + 1", derivative: "2*x + 3"),
        Case(function: "(x - 1)^2", derivative: "2*x - 2"),
        Case(function: "1/x", derivative: "-1/x^2"),
        Case(function: "1/x^2", derivative: "-2/x^3"),
        Case(function: "sqrt(x)", derivative: "1/(2*sqrt(x))"),
        Case(function: "x^(1/3)", derivative: "1/(3*x^(2/3))"),
        Case(function: "sin(x)", derivative: "cos(x)"),
        Case(function: "cos(x)", derivative: "-sin(x)"),
        Case(function: "tan(x)", derivative: "tan(x)^2 + 1"),
        Case(function: "sin(x)^2", derivative: "2*sin(x)*cos(x)"),
        Case(function: "sin(2*x)", derivative: "2*cos(2*x)"),
        Case(function: "sin(x^2)", derivative: "2*x*cos(x^2)"),
        Case(function: "exp(x)", derivative: "exp(x)"),
        Case(function: "exp(2*x)", derivative: "2*exp(2*x)"),
        Case(function: "e^x", derivative: "exp(x)"),
        Case(function: "2^x", derivative: "2^x*log(2)"),
        Case(function: "exp(-x^2)", derivative: "-2*x*exp(-x^2)"),
        Case(function: "log(x)", derivative: "1/x"),
        Case(function: "ln(x)", derivative: "1/x"),
        Case(function: "log(x^2 + 1)", derivative: "2*x/(x^2 + 1)"),
        Case(function: "x*log(x)", derivative: "log(x) + 1"),
        Case(function: "x^x", derivative: "x^x*(log(x) + 1)"),
        Case(function: "x*exp(x)", derivative: "x*exp(x) + exp(x)"),
        Case(function: "asin(x)", derivative: "1/sqrt(1 - x^2)"),
        Case(function: "acos(x)", derivative: "-1/sqrt(1 - x^2)"),
        Case(function: "atan(x)", derivative: "1/(x^2 + 1)"),
        Case(function: "sinh(x)", derivative: "cosh(x)"),
        Case(function: "cosh(x)", derivative: "sinh(x)"),
        Case(function: "tanh(x)", derivative: "1 - tanh(x)^2"),
        Case(function: "sigmoid(x)", derivative: "sigmoid(x)*(1 - sigmoid(x))"),
        Case(function: "relu(x)", derivative: "step(x)"),
        Case(function: "softplus(x)", derivative: "sigmoid(x)"),
        Case(function: "abs(x)", derivative: "sign(x)"),
        Case(function: "step(x)", derivative: "0"),
        Case(function: "sign(x)", derivative: "0"),
        Case(function: "sigmoid(2*x + 1)", derivative: "2*sigmoid(2*x + 1)*(1 - sigmoid(2*x + 1))"),
        Case(function: "(w - 2)^2", derivative: "2*w - 4", variable: "w"),
        Case(function: "x^2 + 3*x*y", derivative: "2*x + 3*y"),
        Case(function: "x^2 + 3*x*y", derivative: "3*x", variable: "y"),
        Case(function: "(1 - x)^2 + 100*(y - x^2)^2", derivative: "2*x - 400*x*(y - x^2) - 2"),
        Case(function: "(1 - x)^2 + 100*(y - x^2)^2", derivative: "200*y - 200*x^2", variable: "y"),
        Case(function: "x/(x + 1)", derivative: "1/(x + 1) - x/(x + 1)^2"),
        Case(function: "max(x, 0)", derivative: "step(x)"),
    ]

    @Test(arguments: table)
    func derivativePrintsInTextbookForm(_ c: Case) throws {
        let derivative = try expr(c.function).derivative(withRespectTo: c.variable)
        #expect(ascii(derivative) == c.derivative)
    }
}
