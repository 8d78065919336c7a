/// The colour a character is drawn in, turned into ANSI SGR codes only when the
/// caller asked for colour.
struct Ink: Sendable, Hashable {
    /// 0 is the terminal's own colour, 1 is faint, 2 and up are series colours.
    let code: UInt8

    static let plain = Ink(code: 0)
    /// Dim (SGR 2): axes through zero.
    static let faint = Ink(code: 1)

    /// The colour of the series or path at `index`, cycling through six.
    static func series(_ index: Int) -> Ink {
        Ink(code: UInt8(2 + index % palette.count))
    }

    /// Blue, red, green, magenta, cyan, yellow: SGR 34, 31, 32, 35, 36, 33.
    private static let palette = ["34", "31", "32", "35", "36", "33"]

    /// The escape sequence that starts this ink, or `nil` for plain.
    var escape: String? {
        switch code {
        case 0: nil
        case 1: "\u{1B}[2m"
        default: "\u{1B}[\(Self.palette[Int(code) - 2])m"
        }
    }

    static let reset = "\u{1B}[0m"

    /// `text` in this ink: wrapped in its escape and a reset when colour is on.
    func paint(_ text: String, color: Bool) -> String {
        guard color, let escape else { return text }
        return escape + text + Self.reset
    }
}
