import Language

/// Something a fuzz cell showed to be wrong: a failure without a place in the cell, or
/// more work than a cell may do. (A crash ends the process, so the driver finds those.)
public enum FuzzFinding: Sendable, Equatable, CustomStringConvertible {
    case failedWithoutError(cell: String)
    case errorWithoutPosition(cell: String, message: String)
    case positionOutsideCell(cell: String, message: String, range: SourceRange)
    case overWorkBudget(cell: String, newNodes: Int)

    public var description: String {
        switch self {
        case .failedWithoutError(let cell):
            return "failed without an error: \(FuzzFinding.quoted(cell))"
        case .errorWithoutPosition(let cell, let message):
            return "error without a position (\(message)): \(FuzzFinding.quoted(cell))"
        case .positionOutsideCell(let cell, let message, let range):
            return "error at columns \(range.start)..<\(range.end), outside the cell (\(message)): \(FuzzFinding.quoted(cell))"
        case .overWorkBudget(let cell, let newNodes):
            return "built \(newNodes) expression nodes: \(FuzzFinding.quoted(cell))"
        }
    }

    /// The cell in quotes, shortened, with control characters escaped.
    private static func quoted(_ cell: String) -> String {
        let shown = cell.count > 200 ? String(cell.prefix(200)) + "…(\(cell.count) characters)" : cell
        return "\"" + shown.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 || $0.value > 0x7F && $0.properties.generalCategory != .format
            ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined() + "\""
    }
}
