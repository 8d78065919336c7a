import Testing

import Plotting

@Suite("Display width")
struct DisplayWidthTests {
    @Test(
        "columns taken by text",
        arguments: [
            ("abc", 3), ("⠀⣿⡀", 3), ("┌─┬┐│├┼┤└┴┘", 11), ("░▒▓█▏▉", 6), ("\u{1B}[31mred\u{1B}[0m", 3),
            ("漢字", 4), ("e\u{301}", 1), ("", 0),
        ])
    func width(text: String, columns: Int) {
        #expect(text.displayWidth == columns)
    }
}
