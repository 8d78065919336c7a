import Testing
import Language

/// Expressions as NumPy and PyTorch source.
@Suite struct PythonPrinterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let input: String
        let numpy: String
        let torch: String
        var testDescription: String { input }
    }

    @Test(arguments: [
        Case(input: "(w-2)^2", numpy: "(w - 2) ** 2", torch: "(w - 2) ** 2"),
        Case(input: "2*(w-2)", numpy: "2 * w - 4", torch: "2 * w - 4"),
        Case(input: "-x^2", numpy: "-x ** 2", torch: "-x ** 2"),
        Case(input: "(-x)^3", numpy: "-x ** 3", torch: "-x ** 3"),
        Case(input: "y*x^(-2)", numpy: "y / x ** 2", torch: "y / x ** 2"),
        Case(input: "y/(x*z)", numpy: "y / (x * z)", torch: "y / (x * z)"),
        Case(input: "2^(x+1)", numpy: "2 ** (x + 1)", torch: "2 ** (x + 1)"),
        Case(input: "sqrt(x)", numpy: "np.sqrt(x)", torch: "torch.sqrt(x)"),
        Case(input: "exp(-x)*sin(pi*x)", numpy: "np.exp(-x) * np.sin(np.pi * x)", torch: "torch.exp(-x) * torch.sin(math.pi * x)"),
        Case(input: "sigmoid(z)", numpy: "1 / (1 + np.exp(-(z)))", torch: "torch.sigmoid(z)"),
        Case(input: "relu(x) + asin(x)", numpy: "np.arcsin(x) + np.maximum(x, 0.0)", torch: "torch.asin(x) + torch.relu(x)"),
        Case(input: "0.1*lambda", numpy: "0.1 * lambda_", torch: "0.1 * lambda_"),
    ])
    func printsPythonThatMeansTheSame(_ c: Case) throws {
        let e = try expr(c.input)
        #expect(PythonPrinter(library: .numpy).string(e) == c.numpy)
        #expect(PythonPrinter(library: .torch).string(e) == c.torch)
    }
}
