import Plotting
import Testing

@Suite struct TableHTMLTests {
    @Test func numbersAreRightAlignedWithTheTablesDigitsAndTextIsEscaped() {
        let table = Table(header: ["step", "a<b"], rows: [[1, "x & y"], [2, .number(1.0 / 3)]])
        let html = table.html(digits: 4)
        #expect(html.hasPrefix("<table>"))
        #expect(html.contains("<th>a&lt;b</th>"))
        #expect(html.contains("<td style=\"text-align:left\">x &amp; y</td>"))
        #expect(html.contains("<td style=\"text-align:right\">0.3333</td>"))
    }

    @Test func aLongTableShowsItsEndsAroundACountOfHiddenRows() {
        let table = Table(header: ["n"], rows: (1...100).map { [.number(Double($0))] }, maxRows: 10)
        let html = table.html(digits: 6)
        #expect(html.contains("… 90 rows …"))
        #expect(html.contains(">1</td>") && html.contains(">100</td>"))
        #expect(!html.contains(">50</td>"))
    }
}
