import Language

/// The commands every front end shares, in one ``CommandRegistry``.
extension Session {
    /// Every `:command`: the session carries out `:help`, `:vars`, `:reset` and `:set` itself
    /// (the only way settings change after start-up); the rest belong to the front end.
    public static let commands = CommandRegistry([
        Command("help", arguments: "NAME", summary: "this overview, or what a function or command does",
                effect: .session { session, argument in
                    CellResult(number: nil, output: .message(session.help(argument)), failed: false)
                }),
        Command("vars", summary: "every variable and function with its value", effect: .session { session, _ in
            CellResult(number: nil, output: .message(session.variablesListing()), failed: false)
        }),
        Command("reset", summary: "forget every variable, function and output", effect: .session { session, _ in
            session.reset()
            return CellResult(number: nil, output: .message("Session cleared: no variables, functions or outputs."), failed: false)
        }),
        Command("set", arguments: "KEY VALUE", summary: Session.setUsage, effect: .session { session, argument in
            session.changeSetting(argument)
        }),
        Command("history", summary: "the cells that ran without error, with their numbers", effect: .frontEnd),
        Command("save", arguments: "FILE", summary: "write the cells that ran without error to a file for descent run FILE",
                effect: .frontEnd),
        Command("load", arguments: "FILE", summary: "run a file of cells, one a line, in this session", effect: .frontEnd),
        Command("lessons", summary: "the chapters with your progress", effect: .frontEnd),
        Command("lesson", arguments: "N", summary: "start or resume chapter N (in a notebook: open it for :answer)", effect: .frontEnd),
        Command("answer", arguments: "K ANSWER", summary: "in a chapter's Jupyter notebook: answer exercise K, checked and recorded",
                effect: .frontEnd),
        Command("hint", arguments: "K", summary: "in a chapter's Jupyter notebook: the next hint for exercise K", effect: .frontEnd),
        Command("skip", arguments: "K", summary: "in a chapter's Jupyter notebook: show exercise K's answer", effect: .frontEnd),
        Command("quit", summary: "leave descent (a batch run stops there)", effect: .frontEnd),
    ])

    /// What a terminal says to `:answer`, `:hint K` and `:skip K` outside a lesson: they
    /// belong to a chapter's notebook, where each cell names its exercise.
    public static func notebookOnly(_ name: String) -> String? {
        guard ["answer", "hint", "skip"].contains(name) else { return nil }
        return ":\(name) K is for a chapter's Jupyter notebook (descent lesson N --ipynb).\n"
            + "At a terminal, :lesson N asks each exercise in turn"
    }

    /// The names of the commands the session carries out itself.
    public static var commandNames: [String] { commands.commands.filter { !$0.isFrontEnd }.map(\.name) }

    func runCommand(_ name: String, _ argument: String) -> CellResult {
        guard case .session(let effect)? = Session.commands[name]?.effect else {
            return CellResult(number: nil, output: nil, failed: false, command: (name, argument))
        }
        return effect(self, argument)
    }

    /// Runs `:name argument` when it is one of the session's own commands, such as a front
    /// end adopting the terminal's width with `set width 100`; nil for a front end's command.
    public func command(_ name: String, _ argument: String = "") -> CellResult? {
        guard case .session(let effect)? = Session.commands[name]?.effect else { return nil }
        return thread.perform { effect(self, argument) }
    }

    private func changeSetting(_ argument: String) -> CellResult {
        do throws(LanguageError) {
            let line = try set(argument)
            let changed = !argument.split(separator: " ").isEmpty
            return CellResult(number: nil, output: .message(line), failed: false, changedSetting: changed)
        } catch {
            return CellResult(number: nil, output: .error(error.diagnostic, cell: nil), failed: true)
        }
    }

    /// `:vars`: every variable and function with its value.
    public func variablesListing() -> String {
        if variables.isEmpty && functions.isEmpty { return "No variables or functions yet. Try: a = 0.1 or f(x) = x^2" }
        let printer = settings.printer
        var lines: [String] = []
        for function in functions.values.sorted(by: { $0.name < $1.name }) {
            lines.append(function.signature(printer))
        }
        for (name, value) in variables.sorted(by: { $0.key < $1.key }) {
            let text = TextRenderer(settings: settings).render(value.output)
            lines.append("\(name) = " + (text.contains("\n") ? "(\(value.kindDescription))" : text))
        }
        return lines.joined(separator: "\n")
    }

    static let setUsage = ":set ascii | unicode | digits N | width N | color on|off | csv on|off | seed N | maxoutput N"

    /// `:set ascii`, `:set unicode`, `:set digits 6`, `:set width 100`, `:set color off`, `:set csv on`, `:set seed 7`,
    /// `:set maxoutput 0`: the one place where settings change after start-up.
    func set(_ argument: String) throws(LanguageError) -> String {
        let words = argument.split(separator: " ").map(String.init)
        let usage = "usage: " + Session.setUsage
        guard let key = words.first else { return currentSettings() + "\n" + usage }
        let value = words.count > 1 ? words[1] : nil
        func flag() throws(LanguageError) -> Bool {
            switch value {
            case "on", "true", "yes", nil: return true
            case "off", "false", "no": return false
            default: throw .other("\(key) takes on or off; \(usage)", at: nil)
            }
        }
        func number(_ range: ClosedRange<Int>) throws(LanguageError) -> Int {
            guard let text = value, let n = Int(text), range.contains(n) else {
                throw .other("\(key) takes a whole number from \(range.lowerBound) to \(range.upperBound)", at: nil)
            }
            return n
        }
        switch key {
        case "ascii": settings.style = .ascii
        case "unicode": settings.style = .unicode
        case "digits":
            settings.digits = try number(1...17)
            settings.tableDigits = settings.digits
        case "width": settings.width = try number(20...1000)
        case "color", "colour": settings.color = try flag()
        case "csv": settings.csv = try flag()
        case "seed": settings.seed = UInt64(try number(0...Int.max))
        case "maxoutput": settings.maximumOutput = try number(0...Int.max)
        default:
            let known = ["ascii", "unicode", "digits", "width", "color", "csv", "seed", "maxoutput"]
            let hint = Suggestion.nearest(to: key, among: known).map { " (did you mean '\($0)'?)" } ?? ""
            throw .other("unknown setting '\(key)'\(hint); \(usage)", at: nil)
        }
        return currentSettings()
    }

    private func currentSettings() -> String {
        let s = settings
        return "style \(s.style == .ascii ? "ascii" : "unicode"), digits \(s.digits), width \(s.width), "
            + "color \(s.color ? "on" : "off"), csv \(s.csv ? "on" : "off"), seed \(s.seed), "
            + "maxoutput \(s.maximumOutput == 0 ? "none" : String(s.maximumOutput))"
    }
}
