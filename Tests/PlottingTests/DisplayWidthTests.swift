import Testing

import Plotting

@Suite("Display width")
struct DisplayWidthTests {
    @Test(
        "columns taken by text",
        arguments: [
            ("abc", 3), ("⠀⣿⡀", 3), ("┌─┬┐│├┼┤└┴┘", 11), ("░▒▓█▏▉", 6),
            ("a\u{7}b\u{1B}", 2),
            ("漢字", 4), ("e\u{301}", 1), ("", 0),
        ])
    func width(text: String, columns: Int) {
        #expect(text.displayWidth == columns)
    }
}
