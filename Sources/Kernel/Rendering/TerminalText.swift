import Language

/// Text that is safe to write to a terminal: control characters from user data (a string,
/// a cell, a file, a student's name) are shown escaped instead of being obeyed.
///
/// Escaped: C0 controls but newline and tab (`ESC` → `\e`, `BEL` → `\a`, `BS` → `\b`,
/// `CR` → `\r`, others `\u{1}`), DEL and the C1 controls (`\u{7F}`, `\u{9B}`), and the
/// bidirectional overrides and isolates U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C
/// (`\u{202E}`), which reorder what the reader sees. A terminal would otherwise set its
/// title, ring, move the cursor or reverse a line on the program's behalf.
public enum TerminalText {
    /// `text` with every control character escaped. Colour never travels inside text: plots,
    /// results and lesson prose come as styled runs, escaped run by run and painted after.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` on one line: control characters escaped as by `escaped(_:)`, and line breaks and
    /// tabs too (`\n`, `\t`), so a name read from a file cannot start a line of its own.
    public static func escapedLine(_ text: String) -> String {
        escaped(text).replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
    }

    /// Whether the terminal would act on `scalar` rather than show it.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    /// How one control character is shown: `\e`, `\a`, `\b`, `\r`, or `\u{HEX}`.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\u{1B}": return "\\e"
        case "\u{07}": return "\\a"
        case "\u{08}": return "\\b"
        case "\r": return "\\r"
        default: return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}

extension StyledText {
    /// Each run with its control characters escaped as ``TerminalText`` escapes them, its
    /// style kept: text from files, keyboards and names made safe without losing its styling.
    public var escapedForTerminal: StyledText {
        var result = StyledText()
        for run in runs { result.append(TerminalText.escaped(run.text), run.style) }
        return result
    }
}
