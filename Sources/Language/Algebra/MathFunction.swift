/// A built-in mathematical function of the language.
///
/// Conventions at the edges follow the machine-learning frameworks:
/// `step(x)` is 1 for x > 0 and 0 otherwise (relu's derivative, so `step(0) = 0`);
/// `sign(0) = 0`; `relu(x) = max(x, 0)`; `softplus(x) = log(1 + exp(x))`.
public enum MathFunction: String, CaseIterable, Sendable, Hashable {
    case sin, cos, tan, asin, acos, atan
    case sinh, cosh, tanh
    case exp, log, sqrt
    case abs, sign, step
    case sigmoid, relu, softplus
    case min, max

    /// How many arguments the function takes.
    public var arity: Int {
        switch self {
        case .min, .max: return 2
        default: return 1
        }
    }

    /// Other names the parser accepts for the same function.
    public static let aliases: [String: MathFunction] = ["ln": .log]

    /// The function called `name`, including aliases such as `ln`.
    public init?(named name: String) {
        if let function = MathFunction(rawValue: name) {
            self = function
        } else if let function = MathFunction.aliases[name] {
            self = function
        } else {
            return nil
        }
    }

    /// One line for help and completion: what the function computes.
    public var summary: String {
        switch self {
        case .sin: return "sine (radians)"
        case .cos: return "cosine (radians)"
        case .tan: return "tangent (radians)"
        case .asin: return "inverse sine"
        case .acos: return "inverse cosine"
        case .atan: return "inverse tangent"
        case .sinh: return "hyperbolic sine"
        case .cosh: return "hyperbolic cosine"
        case .tanh: return "hyperbolic tangent, an activation squashing to (-1, 1)"
        case .exp: return "e raised to the power x"
        case .log: return "natural logarithm (also ln)"
        case .sqrt: return "square root"
        case .abs: return "absolute value"
        case .sign: return "-1, 0 or 1 by the sign of x"
        case .step: return "1 for x > 0, else 0 (relu's derivative)"
        case .sigmoid: return "1/(1 + exp(-x)), an activation squashing to (0, 1)"
        case .relu: return "max(x, 0), the rectified linear unit"
        case .softplus: return "log(1 + exp(x)), a smooth relu"
        case .min: return "the smaller of two values"
        case .max: return "the larger of two values"
        }
    }
}
