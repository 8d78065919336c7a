import Language

/// The `:commands` a front end accepts, in the order `:help` lists them: one table that the
/// REPL, batch runs, lessons and the Jupyter kernel all look names up in, so a command's
/// name, arguments, help and effect are written once.
public struct CommandRegistry: Sendable {
    public let commands: [Command]

    public init(_ commands: [Command]) {
        self.commands = commands
    }

    public var names: [String] { commands.map(\.name) }

    public subscript(name: String) -> Command? {
        commands.first { $0.name == name }
    }

    /// This table followed by `other`'s commands (a lesson's `:next`, `:hint` …).
    public func adding(_ other: CommandRegistry) -> CommandRegistry {
        CommandRegistry(commands + other.commands.filter { self[$0.name] == nil })
    }

    /// `unknown command ':hlep' (did you mean ':help'?)`
    public func unknown(_ name: String) -> String {
        let hint = Suggestion.nearest(to: name, among: names).map { " (did you mean ':\($0)'?)" } ?? ""
        return "unknown command ':\(name)'\(hint)"
    }

    /// `:help set`: the command's usage and summary.
    public func help(_ name: String) -> String? {
        self[name].map { "\($0.usage)\n  \($0.summary)" }
    }
}
