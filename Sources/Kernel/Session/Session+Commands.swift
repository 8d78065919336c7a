import Language

/// The commands every front end shares: `:help`, `:vars`, `:reset`, `:set`.
extension Session {
    /// Commands the session runs itself; a front end adds its own (`:quit`, `:save`, …).
    public static let commandNames = ["help", "vars", "reset", "set"]

    func runCommand(_ name: String, _ argument: String) -> CellResult {
        switch name {
        case "help":
            return CellResult(number: nil, output: .message(help(argument)), failed: false)
        case "vars":
            return CellResult(number: nil, output: .message(variablesListing()), failed: false)
        case "reset":
            reset()
            return CellResult(number: nil, output: .message("Session cleared: no variables, functions or outputs."), failed: false)
        case "set":
            do throws(LanguageError) {
                let line = try set(argument)
                let changed = !argument.split(separator: " ").isEmpty
                return CellResult(number: nil, output: .message(line), failed: false, changedSetting: changed)
            } catch {
                return CellResult(number: nil, output: .error(error.diagnostic, cell: nil), failed: true)
            }
        default:
            return CellResult(number: nil, output: nil, failed: false, command: (name, argument))
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

    /// `:set ascii`, `:set unicode`, `:set digits 6`, `:set width 100`, `:set color off`, `:set csv on`, `:set seed 7`,
    /// `:set maxoutput 0`: the one place where settings change after start-up.
    func set(_ argument: String) throws(LanguageError) -> String {
        let words = argument.split(separator: " ").map(String.init)
        let usage = "usage: :set ascii | unicode | digits N | width N | color on|off | csv on|off | seed N | maxoutput N"
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
