import Language

/// Writes the mathematical outputs as LaTeX, for a notebook's `text/latex`: what
/// ``TextRenderer`` draws as `[2x·y, x²]` becomes `\left[ 2 x y, x^{2} \right]`.
///
/// | output | LaTeX |
/// |---|---|
/// | expression | the printer's LaTeX (`\frac{1}{3}`, `\sin\left(x\right)`) |
/// | number | its digits, as many as the text shows (`3.14159265359`, `1 \cdot 10^{-20}`) |
/// | list | `\left[ a, b \right]`, nested lists inside |
/// | range | `a .. b`, as it is typed |
///
/// Everything else (plots, tables, messages, functions, text) has no LaTeX form, and
/// neither has a result longer than ``maximumLength``: MathJax would take seconds to set
/// it, so the notebook shows its plain text instead.
public struct LatexRenderer: Sendable {
    public var settings: Settings

    /// The longest LaTeX given, in characters: a list of some three thousand numbers.
    public static let maximumLength = 50_000

    public init(settings: Settings) {
        self.settings = settings
    }

    /// The LaTeX of `output`, without the `$` delimiters; nil when it is not mathematics,
    /// is a list holding something that is not, or is longer than ``maximumLength``.
    public func latex(_ output: Output) -> String? {
        guard let latex = written(output, budget: Self.maximumLength), latex.count <= Self.maximumLength else { return nil }
        return latex
    }

    /// The LaTeX of `output`, or nil when it has none or runs past `budget` characters (a list
    /// is checked element by element and an expression by its leaves, so neither a
    /// million-entry list nor a huge derivative is written out first).
    private func written(_ output: Output, budget: Int) -> String? {
        switch output {
        case .expression(let expr):
            if expr.writtenLeafCount(atMost: budget + 1) > budget { return nil }
            return printer.string(expr)
        case .number(let value):
            return printer.string(.real(value))
        case .list(let elements):
            var parts: [String] = []
            var length = 0
            for element in elements {
                guard let part = written(element, budget: budget - length), length + part.count <= budget else {
                    return nil
                }
                parts.append(part)
                length += part.count + 2
            }
            return parts.isEmpty ? "\\left[ \\right]" : "\\left[ " + parts.joined(separator: ", ") + " \\right]"
        case .range(let low, let high):
            return printer.string(low) + " .. " + printer.string(high)
        case .function, .text, .message, .printed, .printedToStandardError, .error, .table, .steps, .plot, .sequence:
            return nil
        }
    }

    /// The printer in LaTeX style with the text's digits, so both show the same number.
    private var printer: Printer { Printer(style: .latex, digits: settings.digits) }
}
