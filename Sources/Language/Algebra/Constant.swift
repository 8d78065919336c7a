/// A named mathematical constant.
public enum Constant: String, Sendable, Hashable, CaseIterable {
    case pi
    case e

    public var value: Double {
        switch self {
        case .pi: return Double.pi
        case .e: return 2.718281828459045
        }
    }
}
