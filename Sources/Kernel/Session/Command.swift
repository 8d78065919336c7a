/// A `:command`: its name, what it takes, one line of help, and what carries it out.
public struct Command: Sendable {
    /// Who carries a command out.
    public enum Effect: Sendable {
        /// The session, the same in every front end: `:help`, `:vars`, `:reset`, `:set`.
        case session(@Sendable (Session, String) -> CellResult)
        /// The front end, which owns what the command acts on (the prompt's transcript, the
        /// files it saves, the lesson it opens); a file of cells run by `:load` skips it.
        case frontEnd
    }

    public let name: String
    /// What follows the name, as `:help` shows it: `FILE`, `KEY VALUE`, or nothing.
    public let arguments: String
    public let summary: String
    public let effect: Effect

    public init(_ name: String, arguments: String = "", summary: String, effect: Effect) {
        self.name = name
        self.arguments = arguments
        self.summary = summary
        self.effect = effect
    }

    /// `:save FILE`
    public var usage: String { ":" + name + (arguments.isEmpty ? "" : " " + arguments) }

    public var isFrontEnd: Bool {
        if case .frontEnd = effect { return true }
        return false
    }
}
