import Language

/// `:help` and `:help NAME`.
extension Session {
    /// Names a front end can complete: built-in operations and mathematical functions.
    public static var builtinNames: [String] {
        (Array(Builtins.all.keys) + MathFunction.allCases.map(\.rawValue) + ["ln"]).sorted()
    }

    /// One screen of overview, or the description of one function with an example.
    public func help(_ topic: String) -> String {
        let name = topic.trimmingCharacters(in: " :")
        if name.isEmpty { return Session.overview }
        if let builtin = Builtins.all[name] {
            return "\(builtin.signature)\n  \(builtin.summary)\n  example: \(builtin.example)"
        }
        if let function = MathFunction(named: name) {
            let arguments = function.arity == 1 ? "x" : "a, b"
            return "\(name)(\(arguments))\n  \(function.summary)\n  example: diff(\(name)(\(function.arity == 1 ? "x" : "x, 0")), x)"
        }
        let suggestion = Suggestion.nearest(to: name, among: Session.builtinNames + Session.commandNames)
        return "No help for '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? " Type :help for the list.")
    }

    static var overview: String {
        let operations = Builtins.all.keys.sorted().joined(separator: " ")
        let functions = MathFunction.allCases.map(\.rawValue).joined(separator: " ")
        return """
        Type an expression to see it simplified:   3x^2 + x*x
        Define and use names:                        a = 0.1    f(x, y) = x^2 + 3*x*y
        Operations:  \(operations)
        Functions:   \(functions)
        Commands:    :help NAME  :vars  :reset  :set  :history  :save FILE  :load FILE  :lessons  :quit
        Results are numbered; _ is the last one and Out[n] an earlier one.
        """
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
