import Language
import Plotting

/// Turns outputs into terminal text, following the session's settings.
///
/// What it returns is safe to write to a terminal: control characters that came from user
/// data are escaped (``TerminalText``), and a result longer than
/// ``Settings/maximumOutput`` characters is summarised instead of drawn.
public struct TextRenderer: Sendable {
    public var settings: Settings

    public init(settings: Settings) {
        self.settings = settings
    }

    /// How plots and tables are drawn under these settings.
    public var renderOptions: RenderOptions {
        RenderOptions(width: settings.width, canvas: settings.style == .ascii ? .ascii : .braille,
                      color: settings.color, digits: settings.tableDigits)
    }

    public func render(_ output: Output) -> String {
        let limit = output.isResult ? settings.maximumOutput : 0
        if let summary = summary(ofUndrawn: output, limit: limit) { return summary }
        let text = drawn(output)
        if limit > 0, text.utf8.count > limit, text.count > limit {
            return summary(length: text.count, exact: true)
        }
        return text
    }

    /// ``render(_:)`` with its parts named for the front end to style: an error's word
    /// `error:`, carets and hint; the numerals of an expression, number, list or range as
    /// the printer wrote them (never digits in a name, `x1`); a plot's series in `.series(i)`
    /// and its axes through zero in `.dim` when colour is on. Anything else, and the summary
    /// of a result too long to show, is one unstyled run. Its `plain` is ``render(_:)``.
    public func styled(_ output: Output) -> StyledText {
        if case .error(let diagnostic, let cell) = output { return TextRenderer.styledError(diagnostic, cell: cell) }
        let limit = output.isResult ? settings.maximumOutput : 0
        if let summary = summary(ofUndrawn: output, limit: limit) { return StyledText(summary) }
        let text = styledDrawing(output)
        if limit > 0, text.runs.reduce(0, { $0 + $1.text.utf8.count }) > limit {
            let plain = text.plain
            if plain.count > limit { return StyledText(summary(length: plain.count, exact: true)) }
        }
        return text
    }

    /// ``drawn(_:)`` with the numerals of values in `.number` runs and plots in their inks.
    private func styledDrawing(_ output: Output) -> StyledText {
        switch output {
        case .expression(let expr):
            return settings.printer.styled(expr).escapedForTerminal
        case .number(let value):
            return settings.printer.styled(.real(value))
        case .list(let elements):
            var text = StyledText("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { text.append(", ") }
                text.append(styledDrawing(element))
            }
            text.append("]")
            return text
        case .range(let low, let high):
            var text = settings.printer.styled(low).escapedForTerminal
            text.append("..")
            text.append(settings.printer.styled(high).escapedForTerminal)
            return text
        case .plot(let plot):
            return styled(plot)
        case .sequence(let outputs):
            var text = StyledText()
            for (index, output) in shownParts(of: outputs).enumerated() {
                if index > 0 { text.append("\n") }
                text.append(styledDrawing(output))
            }
            return text
        default:
            return StyledText(drawn(output))
        }
    }

    /// The plot's lines with each run escaped and styled after its ink: a series in its
    /// `.series(i)`, faint axes `.dim`; line breaks are unstyled, so no style spans two lines.
    private func styled(_ plot: Plot) -> StyledText {
        var text = StyledText()
        for (index, line) in plot.inkedLines(renderOptions).enumerated() {
            if index > 0 { text.append("\n") }
            for run in line.runs { text.append(TerminalText.escaped(run.text), TextRenderer.style(of: run.ink)) }
        }
        return text
    }

    /// The style the output model gives a plot's ink.
    static func style(of ink: Ink) -> StyledText.Style? {
        switch ink {
        case .plain: nil
        case .faint: .dim
        case .series(let index): .series(index)
        }
    }

    /// A sequence's parts that are shown: with --csv a result's tables are the whole output,
    /// ready to paste into a spreadsheet.
    private func shownParts(of outputs: [Output]) -> [Output] {
        let tables = outputs.filter(\.isTable)
        return settings.csv && !tables.isEmpty ? tables : outputs
    }


    private func drawn(_ output: Output) -> String {
        switch output {
        case .expression(let expr):
            return TerminalText.escaped(settings.printer.string(expr))
        case .number(let value):
            return settings.printer.string(.real(value))
        case .list(let elements):
            return "[" + elements.map(drawn).joined(separator: ", ") + "]"
        case .range(let low, let high):
            return TerminalText.escaped(settings.printer.string(low) + ".." + settings.printer.string(high))
        case .function(let function):
            return TerminalText.escaped(function.signature(settings.printer))
        case .text(let text), .message(let text), .printed(let text), .printedToStandardError(let text):
            return TerminalText.escaped(text)
        case .error(let diagnostic, let cell):
            return TextRenderer.escapedError(diagnostic, cell: cell)
        case .table(let table):
            if settings.csv { return TerminalText.escaped(String(table.csv(lineEnding: "\n").dropLast())) }
            return TerminalText.escaped(table.text(renderOptions))
        case .steps(let steps):
            return TerminalText.escaped(settings.csv ? steps.csv() : steps.displayTable().text(renderOptions))
        case .plot(let plot):
            return TerminalText.escaped(plot.text(renderOptions))
        case .sequence(let outputs):
            return shownParts(of: outputs).map(drawn).joined(separator: "\n")
        }
    }

    /// The error with its cell, message and hint escaped, and the caret moved to stay under
    /// the same characters once they are written as `\e` or `\u{202E}`.
    static func escapedError(_ diagnostic: Diagnostic, cell: String?) -> String {
        styledError(diagnostic, cell: cell).plain
    }

    /// ``escapedError(_:cell:)`` with the word `error:`, the carets and the hint named.
    static func styledError(_ diagnostic: Diagnostic, cell: String?) -> StyledText {
        var safe = diagnostic
        safe.message = TerminalText.escaped(diagnostic.message)
        safe.hint = diagnostic.hint.map { TerminalText.escaped($0) }
        guard let cell, cell.unicodeScalars.contains(where: TerminalText.needsEscape) else {
            return safe.styled(cell: cell)
        }
        let characters = Array(cell)
        var starts = [1]
        var escapedCell = ""
        for character in characters {
            let piece = TerminalText.escaped(String(character))
            escapedCell += piece
            starts.append(starts[starts.count - 1] + piece.count)
        }
        if let range = diagnostic.range {
            func moved(_ column: Int) -> Int { column < 1 ? column : starts[min(column, starts.count) - 1] }
            safe.range = SourceRange(moved(range.start), moved(range.end))
        }
        return safe.styled(cell: escapedCell)
    }

    /// The summary standing for a result whose text is known to be longer than `limit`
    /// before it is drawn.
    private func summary(ofUndrawn output: Output, limit: Int) -> String? {
        guard limit > 0, let leaves = leastLength(of: output, cappedAt: limit + 1), leaves > limit else { return nil }
        return summary(length: leaves, exact: false)
    }

    /// A lower bound on the length of the text `output` draws, when it can be known without
    /// drawing it (expressions are counted by their written leaves).
    private func leastLength(of output: Output, cappedAt limit: Int) -> Int? {
        switch output {
        case .expression(let expr):
            return expr.writtenLeafCount(atMost: limit)
        case .list(let elements):
            var total = 0
            for element in elements {
                total += leastLength(of: element, cappedAt: limit) ?? 1
                if total >= limit { return limit }
            }
            return total
        default:
            return nil
        }
    }

    /// What stands for a result too long to show.
    /// (Messages and errors are the program's own sentences and are never summarised.)
    private func summary(length: Int, exact: Bool) -> String {
        let size = (exact ? "" : "at least ") + TextRenderer.grouped(length)
        return """
            (a result of \(size) characters, longer than the \(TextRenderer.grouped(settings.maximumOutput)) shown at most; \
            it is kept as _ for later cells. To see it: :set maxoutput 0 (no limit), or \
            descent -e 'CELL' > FILE to write it to a file)
            """
    }

    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }
}
