import Language
import Plotting

/// Turns outputs into terminal text, following the session's settings.
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
        switch output {
        case .expression(let expr):
            return settings.printer.string(expr)
        case .number(let value):
            return settings.printer.string(.real(value))
        case .list(let elements):
            return "[" + elements.map(render).joined(separator: ", ") + "]"
        case .range(let low, let high):
            return settings.printer.string(low) + ".." + settings.printer.string(high)
        case .function(let function):
            return function.signature(settings.printer)
        case .text(let text), .message(let text), .printed(let text):
            return text
        case .error(let diagnostic, let cell):
            return diagnostic.rendered(cell: cell)
        case .table(let table):
            if settings.csv { return String(table.csv(lineEnding: "\n").dropLast()) }
            return table.text(renderOptions)
        case .steps(let steps):
            return settings.csv ? steps.csv() : steps.displayTable().text(renderOptions)
        case .plot(let plot):
            return plot.text(renderOptions)
        case .sequence(let outputs):
            // With --csv a result's tables are the whole output, ready to paste into a spreadsheet.
            let tables = outputs.filter(\.isTable)
            return (settings.csv && !tables.isEmpty ? tables : outputs).map(render).joined(separator: "\n")
        }
    }
}
