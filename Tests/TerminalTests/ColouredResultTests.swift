import Foundation
import Testing

/// Results on a colour terminal: numerals in cyan where the printer wrote them, exactly the
/// bytes the REPL has always written (`ESC[36m` … `ESC[0m` around each numeral, nothing else).
@Suite("Coloured results on a terminal")
struct ColouredResultTests {
    @Test(arguments: [
        ("3x^2 - 2.5", "⟨3⟩x² − ⟨2.5⟩"),
        ("[1/3, x1 + 2, w_2]", "[⟨1⟩/⟨3⟩, x1 + ⟨2⟩, w_2]"),
        ("x^1.5 + 1e-300", "x^⟨1.5⟩ + ⟨1e-300⟩"),
        ("2^100 - 1", "⟨1267650600228229401496703205375⟩"),
        ("eval([log(x), 1/(x + 1), -1/(x + 1)], x = -1)", "[⟨nan⟩, ⟨inf⟩, −⟨inf⟩]"),
        ("-1/x^2", "−⟨1⟩/x²"),
    ])
    func numeralsAreCyanAndNothingElseIsPainted(cell: String, marked: String) throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url, environment: ["NO_COLOR": ""])
        try terminal.expect("In [1]: ")
        terminal.type(cell + "\r")
        try terminal.expect("In [2]: ")
        let raw = String(decoding: terminal.raw, as: UTF8.self)
        let painted = marked.replacingOccurrences(of: "⟨", with: "\u{1B}[36m")
            .replacingOccurrences(of: "⟩", with: "\u{1B}[0m")
        #expect(raw.contains("\u{1B}[1;31m1\u{1B}[0m\u{1B}[31m]:\u{1B}[0m " + painted + "\r\n"))
    }

    @Test func aFoldedIntegerIsCyanOnEachLine() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url, environment: ["NO_COLOR": ""])
        try terminal.expect("In [1]: ")
        terminal.type("10^60 + 1\r")
        try terminal.expect("In [2]: ")
        let raw = String(decoding: terminal.raw, as: UTF8.self)
        let first = "1" + String(repeating: "0", count: 59)
        #expect(raw.contains("\u{1B}[36m\(first)\u{1B}[0m\\\r\n\u{1B}[36m1\u{1B}[0m\r\n"))
    }
}
