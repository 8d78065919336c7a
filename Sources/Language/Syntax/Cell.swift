/// One cell of input: what the student typed at one prompt, after joining continued lines.
public enum Cell: Sendable {
    /// Nothing but white space.
    case empty
    /// An expression to evaluate and show.
    case expression(Syntax)
    /// `a = 0.1`
    case assignment(name: String, nameRange: SourceRange, value: Syntax)
    /// `f(x, y) = x^2 + 3*x*y`
    case definition(name: String, parameters: [String], body: Syntax, range: SourceRange)
    /// `:help diff`: a REPL command with the rest of the line as its argument.
    case command(name: String, argument: String)

    /// Parses a cell; `:name rest` is a command, anything else is parsed as the language.
    public static func parse(_ text: String) throws(SyntaxError) -> Cell {
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.isEmpty { return .empty }
        if let (name, argument) = command(in: text) { return .command(name: name, argument: argument) }
        return try Parser.parseCell(text)
    }

    /// `:name rest` split into the command's name and its argument, the one place every front
    /// end reads a command line; nil when the text is not a command.
    public static func command(in text: String) -> (name: String, argument: String)? {
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.first == ":" else { return nil }
        let body = trimmed.dropFirst()
        let name = body.prefix { !$0.isWhitespace }
        return (String(name), body.dropFirst(name.count).trimmingWhitespace())
    }
}
