/// Notation tables: superscript digits, LaTeX names, and the order of functions in a product.
extension Printer {
    /// `2` → `²`, `-1` → `⁻¹`.
    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(String(n.magnitude).map { digits[Int(String($0))!] })
        return n < 0 ? "⁻" + body : body
    }

    /// Functions in a product are written in this order: `2·exp(x)·sin(x)·cos(x)`.
    static let displayRank: [MathFunction: Int] = Dictionary(uniqueKeysWithValues: [
        MathFunction.exp, .sin, .cos, .tan, .asin, .acos, .atan, .sinh, .cosh, .tanh, .log,
        .sigmoid, .softplus, .relu, .step, .sign, .abs, .min, .max, .sqrt,
    ].enumerated().map { ($1, $0) })

    private static let greek: Set<String> = [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
        "mu", "nu", "xi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega",
    ]

    /// `x` → `x`, `theta` → `\theta`, `w_1` → `w_{1}`, `lr` → `\mathrm{lr}`.
    static func latexName(_ name: String) -> String {
        if let underscore = name.firstIndex(of: "_"), underscore != name.startIndex {
            let head = String(name[..<underscore])
            let tail = String(name[name.index(after: underscore)...])
            return "\(latexName(head))_{\(tail)}"
        }
        if greek.contains(name) { return "\\" + name }
        return name.count == 1 ? name : "\\mathrm{\(name)}"
    }

    static func latexCall(_ function: MathFunction, _ inside: PrintedText) -> PrintedText {
        switch function {
        case .exp: return "e^{\(inside)}"
        case .abs: return "\\left|\(inside)\\right|"
        case .sqrt: return "\\sqrt{\(inside)}"
        case .sin, .cos, .tan, .sinh, .cosh, .tanh, .log:
            return "\\\(function.rawValue)\\left(\(inside)\\right)"
        case .asin, .acos, .atan:
            return "\\arc\(function.rawValue.dropFirst())\\left(\(inside)\\right)"
        case .sigmoid:
            return "\\sigma\\left(\(inside)\\right)"
        default:
            return "\\operatorname{\(function.rawValue)}\\left(\(inside)\\right)"
        }
    }
}
