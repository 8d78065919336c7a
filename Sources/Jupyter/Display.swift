import Kernel
import Language
import Plotting

/// One piece of a cell's output as a notebook shows it: IPython's display formatter
/// turned into data. Values become mime bundles (`text/plain` always, `text/latex`,
/// `image/svg+xml`, `text/html` when the output can give them).
enum Display: Equatable, Sendable {
    /// Text on a stream, `stdout` or `stderr`.
    case stream(name: String, text: String)
    /// A value: the cell's `execute_result` when it is the last one, `display_data` before.
    case value(JSONValue)
    /// A plot or a table: always `display_data`.
    case rich(JSONValue)
    case error(name: String, value: String, traceback: [String])

    /// The displays of an output, in order, rendered with `settings`.
    static func of(_ output: Output, settings: Settings) -> [Display] {
        let renderer = TextRenderer(settings: settings)
        let plain = { JSONValue.string(renderer.render(output)) }
        switch output {
        case .message(let text), .printed(let text):
            return [.stream(name: "stdout", text: text + "\n")]
        case .printedToStandardError(let text):
            return [.stream(name: "stderr", text: text + "\n")]
        case .error(let diagnostic, let cell):
            return [.error(name: "Error", value: diagnostic.message,
                           traceback: diagnostic.rendered(cell: cell).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))]
        case .sequence(let outputs):
            return outputs.flatMap { of($0, settings: settings) }
        case .plot(let plot):
            var bundle: [String: JSONValue] = ["text/plain": plain()]
            if let svg = SVGRenderer(options: renderer.renderOptions).svg(of: plot) { bundle["image/svg+xml"] = .string(svg) }
            return [.rich(.object(bundle))]
        case .table(let table):
            return [.rich(["text/plain": plain(), "text/html": .string(table.html(digits: settings.tableDigits))])]
        case .steps(let steps):
            return [.rich(["text/plain": plain(), "text/html": .string(steps.table.html(digits: settings.tableDigits))])]
        case .expression, .number, .list, .range, .function, .text:
            var bundle: [String: JSONValue] = ["text/plain": plain()]
            if let latex = LatexRenderer(settings: settings).latex(output) { bundle["text/latex"] = .string("$" + latex + "$") }
            return [.value(.object(bundle))]
        }
    }
}
