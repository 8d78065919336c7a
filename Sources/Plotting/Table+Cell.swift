extension Table {
    /// One entry of a table.
    public enum Cell: Sendable, Hashable {
        case number(Double)
        case text(String)
    }
}

extension Table.Cell: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(stringLiteral value: String) { self = .text(value) }
}
