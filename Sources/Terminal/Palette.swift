import Language

/// The REPL's colours: green `In`, red `Out` and errors, cyan numbers, yellow hints.
/// With colour off every style is the identity, so text is exactly what the kernel wrote.
public struct Palette: Sendable, Equatable {
    public var isEnabled: Bool

    public init(isEnabled: Bool) {
        self.isEnabled = isEnabled
    }

    public enum Style: Sendable {
        case prompt, promptNumber, output, outputNumber, error, caret, hint, number, dim, bold
        /// A plot's series colour, by index.
        case series(Int)
        case emphasis(StyledText.Emphasis)

        /// The colour the terminal gives a style of the output model.
        init(_ style: StyledText.Style) {
            switch style {
            case .error: self = .error
            case .caret: self = .caret
            case .hint: self = .hint
            case .number: self = .number
            case .dim: self = .dim
            case .series(let index): self = .series(index)
            case .emphasis(let emphasis): self = .emphasis(emphasis)
            }
        }

        /// Blue, red, green, magenta, cyan, yellow: the series colours in order, cycling.
        static let seriesCodes = ["34", "31", "32", "35", "36", "33"]

        /// The SGR parameters of the style.
        var code: String {
            switch self {
            case .prompt: "32"
            case .promptNumber: "1;32"
            case .output, .caret: "31"
            case .outputNumber, .error: "1;31"
            case .hint: "33"
            case .number: "36"
            case .dim: "2"
            case .bold: "1"
            case .series(let index): Self.seriesCodes[((index % 6) + 6) % 6]
            case .emphasis(let emphasis):
                [(StyledText.Emphasis.bold, "1"), (.italic, "3"), (.code, "36"), (.frame, "2")]
                    .filter { emphasis.contains($0.0) }.map(\.1).joined(separator: ";")
            }
        }
    }

    /// `text` in `style`.
    public func paint(_ text: String, _ style: Style) -> String {
        guard isEnabled, !text.isEmpty, !style.code.isEmpty else { return text }
        return "\u{1B}[\(style.code)m\(text)\u{1B}[0m"
    }

    /// Like ``paint(_:_:)`` for a readline prompt: the escape sequences are bracketed
    /// by `\u{1}` and `\u{2}` so readline does not count them as columns.
    public func paintPrompt(_ text: String, _ style: Style) -> String {
        guard isEnabled, !text.isEmpty else { return text }
        return "\u{1}\u{1B}[\(style.code)m\u{2}\(text)\u{1}\u{1B}[0m\u{2}"
    }

    /// Styled text with each run in its style's colour: `error:` and the carets in red, a
    /// hint in yellow, numerals in cyan; with colour off, the plain text.
    public func paint(_ text: StyledText) -> String {
        text.runs.map { run in run.style.map { paint(run.text, Style($0)) } ?? run.text }.joined()
    }
}
