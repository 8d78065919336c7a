import Language

/// `:help` and `:help NAME`.
extension Session {
    /// Names a front end can complete: built-in operations and mathematical functions.
    public static var builtinNames: [String] {
        (Array(Builtins.all.keys) + MathFunction.allCases.map(\.rawValue) + ["ln"]).sorted()
    }

    /// One screen of overview, or the description of one function with an example.
    public func help(_ topic: String) -> String {
        let name = topic.filter { $0 != " " && $0 != ":" }
        if name.isEmpty { return Session.overview }
        if let builtin = Builtins.all[name] {
            return ([builtin.signature] + Session.wrap(builtin.summary, indent: "  ") + ["  example: \(builtin.example)"])
                .joined(separator: "\n")
        }
        if topic.trimmingWhitespace().hasPrefix(":") || Builtins.all[name] == nil && MathFunction(named: name) == nil,
           let command = Session.commands.help(name) {
            return command
        }
        if let function = MathFunction(named: name) {
            let arguments = function.arity == 1 ? "x" : "a, b"
            return "\(name)(\(arguments))\n  \(function.summary)\n  example: diff(\(name)(\(function.arity == 1 ? "x" : "x, 0")), x)"
        }
        let suggestion = Suggestion.nearest(to: name, among: Session.builtinNames + Session.commands.names)
        return "No help for '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? " Type :help for the list.")
    }

    static var overview: String {
        let groups: [(String, [String])] = [
            ("Calculus", Builtins.calculus.map(\.name)),
            ("Plots", Builtins.plots.map(\.name)),
            ("Optimizers", Builtins.optimizers.map(\.name)),
            ("Experiments", (Builtins.experiments + Builtins.fitting + Builtins.networks + Builtins.codeGeneration).map(\.name)),
            ("Schedules", Builtins.schedules.map(\.name)),
            ("Functions", MathFunction.allCases.map(\.rawValue)),
            ("Commands", Session.commands.commands.map(\.usage)),
        ]
        var lines = [
            "Type an expression to see it simplified:  3x^2 + x*x",
            "Define names and functions:               a = 0.1    f(x, y) = x^2 + 3*x*y",
        ]
        for (title, names) in groups {
            lines += packed(names, indent: String(repeating: " ", count: 13))
                .enumerated().map { $0.offset == 0 ? (title + ":").padding(toLength: 13, withPad: " ", startingAt: 0) + $0.element.dropFirst(13) : $0.element }
        }
        lines.append("Results are numbered; _ is the last one and Out[n] an earlier one.")
        lines.append(":help diff describes one function, :help set one command.")
        return lines.joined(separator: "\n")
    }

    /// Items two spaces apart in lines of at most 78 columns, never splitting an item
    /// (`:answer K ANSWER` stays on one line).
    static func packed(_ items: [String], indent: String, width: Int = 78) -> [String] {
        var lines: [String] = []
        var line = indent
        for item in items {
            if line.count > indent.count, line.count + 2 + item.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? "  " : "") + item
        }
        lines.append(line)
        return lines
    }

    /// Words wrapped to 78 columns, each line starting with `indent`.
    static func wrap(_ text: String, indent: String, width: Int = 78) -> [String] {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if line.count + word.count + 1 > width, line.count > indent.count {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        lines.append(line)
        return lines
    }
}
