import Kernel
import Testing

/// Control characters in user data reach the terminal escaped, wherever they are shown.
@Suite struct TerminalTextTests {
    struct Control: CustomStringConvertible, Sendable {
        var scalar: Unicode.Scalar
        var shown: String
        var description: String { "U+" + String(scalar.value, radix: 16, uppercase: true) }
    }

    static let controls: [Control] = [
        Control(scalar: "\u{1B}", shown: "\\e"),
        Control(scalar: "\u{07}", shown: "\\a"),
        Control(scalar: "\u{08}", shown: "\\b"),
        Control(scalar: "\r", shown: "\\r"),
        Control(scalar: "\u{00}", shown: "\\u{0}"),
        Control(scalar: "\u{0C}", shown: "\\u{C}"),
        Control(scalar: "\u{7F}", shown: "\\u{7F}"),
        Control(scalar: "\u{9B}", shown: "\\u{9B}"),
        Control(scalar: "\u{85}", shown: "\\u{85}"),
        Control(scalar: "\u{202A}", shown: "\\u{202A}"),
        Control(scalar: "\u{202E}", shown: "\\u{202E}"),
        Control(scalar: "\u{2066}", shown: "\\u{2066}"),
        Control(scalar: "\u{2069}", shown: "\\u{2069}"),
    ]

    /// Where user text can reach the terminal; `X` stands for the control character.
    struct Place: CustomStringConvertible, Sendable {
        var name: String
        var cells: [String]
        var description: String { name }
    }

    static let places: [Place] = [
        Place(name: "string result", cells: ["\"aXb\""]),
        Place(name: "error snippet", cells: ["sinn(\"aXb\")"]),
        Place(name: "plot title", cells: ["plot(x, x = 0..1, height = 3, title = \"aXb\")"]),
        Place(name: "bar chart label", cells: ["bars([1, 2], labels = [\"aXb\", \"c\"])"]),
        Place(name: ":vars", cells: ["s = \"aXb\"", ":vars"]),
    ]

    @Test(arguments: places, controls)
    func controlCharacterIsShownEscaped(place: Place, control: Control) {
        let cells = place.cells.map { $0.replacingOccurrences(of: "X", with: String(Character(control.scalar))) }
        let shown = transcript(cells, style: "unicode").joined(separator: "\n")
        #expect(!shown.unicodeScalars.contains(control.scalar), "\(place) shows \(control) raw: \(shown.debugDescription)")
        #expect(shown.contains(control.shown), "\(place): \(shown.debugDescription)")
    }

    @Test(arguments: controls)
    func caretStaysUnderTheErrorAfterEscapes(control: Control) throws {
        let cell = "\"" + String(Character(control.scalar)) + "\" + sinn(x)"
        let lines = show(cell, style: "unicode").split(separator: "\n").map(String.init)
        let snippet = try #require(lines.first { $0.contains("sinn(x)") })
        let caret = try #require(lines.first { $0.contains("^") })
        let column = snippet.distance(from: snippet.startIndex, to: try #require(snippet.range(of: "sinn"))!.lowerBound)
        #expect(caret.prefix { $0 == " " }.count == column, "\n\(snippet)\n\(caret)")
        #expect(snippet.contains(control.shown))
    }

    @Test func printableTextIsLeftAlone() {
        let text = "tab\there\nnew line, ünïcödé, 漢字, ─ and 3x²"
        #expect(TerminalText.escaped(text) == text)
    }

    @Test func colourSequencesInTextAreShownNotObeyed() {
        #expect(TerminalText.escaped("\u{1B}[31mred\u{1B}[0m") == "\\e[31mred\\e[0m")
        #expect(TerminalText.escaped("\u{1B}]2;PWN\u{07}") == "\\e]2;PWN\\a")
    }
}
