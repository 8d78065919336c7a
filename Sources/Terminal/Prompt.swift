/// The notebook's margins: `In [n]: ` before a cell, `   ...: ` before its
/// continuation lines, `Out[n]: ` before its result, all as wide as each other.
public struct Prompt: Sendable, Equatable {
    /// The cell's number.
    public var number: Int
    public var palette: Palette
    /// Inside a lesson, the lesson's prompt (`[⏎ run] » `, `answer » `) replaces `In [n]: `.
    public var lessonPrompt: String?

    public init(number: Int, palette: Palette, lessonPrompt: String? = nil) {
        self.number = number
        self.palette = palette
        self.lessonPrompt = lessonPrompt
    }

    /// `In [3]: `, for readline.
    public var input: String {
        if let lessonPrompt { return palette.paintPrompt(lessonPrompt, .prompt) }
        return palette.paintPrompt("In [", .prompt) + palette.paintPrompt("\(number)", .promptNumber)
            + palette.paintPrompt("]: ", .prompt)
    }

    /// `   ...: `, right-aligned under `In [3]: `, for readline.
    public var continuation: String {
        let width = lessonPrompt?.count ?? "In [\(number)]: ".count
        return palette.paintPrompt(String(repeating: " ", count: width - 5) + "...: ", .prompt)
    }

    /// `In [3]: ` as plain output, to echo a cell that `:load` runs.
    public var echo: String {
        palette.paint("In [", .prompt) + palette.paint("\(number)", .promptNumber) + palette.paint("]: ", .prompt)
    }

    /// `Out[3]: ` and the result; a result of several lines starts on the next line.
    public func output(_ text: String) -> String {
        let label = palette.paint("Out[", .output) + palette.paint("\(number)", .outputNumber) + palette.paint("]:", .output)
        return text.contains("\n") ? label + "\n" + text : label + " " + text
    }
}
