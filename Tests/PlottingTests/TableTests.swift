import Foundation
import Testing

import Plotting

@Suite("Tables and CSV")
struct TableTests {
    struct Quoting: CustomTestStringConvertible, Sendable {
        var text: String
        var field: String
        var testDescription: String { text.debugDescription }
    }

    @Test(
        "CSV quotes fields with commas, quotes and line breaks",
        arguments: [
            Quoting(text: "plain", field: "plain"),
            Quoting(text: "a,b", field: "\"a,b\""),
            Quoting(text: "say \"hi\"", field: "\"say \"\"hi\"\"\""),
            Quoting(text: "two\nlines", field: "\"two\nlines\""),
            Quoting(text: "cr\r", field: "\"cr\r\""),
            Quoting(text: "", field: ""),
        ])
    func quoting(example: Quoting) {
        let csv = Table(header: ["t"], rows: [[.text(example.text)]]).csv()
        #expect(csv == "t\r\n\(example.field)\r\n")
    }

    @Test(
        "CSV numbers are the shortest round-trip text",
        arguments: [(0.1, "0.1"), (100, "100"), (1e-10, "1e-10"), (1.0 / 3, "0.3333333333333333"), (-2.5, "-2.5")])
    func numbers(value: Double, text: String) {
        #expect(Table(header: ["v"], rows: [[.number(value)]]).csv(lineEnding: "\n") == "v\n\(text)\n")
        #expect(Double(text) == value)
    }

    @Test("numbers in a column line up on the decimal point")
    func decimalAlignment() {
        let lines = Table(header: ["v"], rows: [[1.5], [-20.25], [300]]).render(RenderOptions()).map { Array($0) }
        let first = lines[3].firstIndex(of: ".")
        let second = lines[4].firstIndex(of: ".")
        let hundreds = lines[5].firstIndex(of: "3")
        #expect(first != nil && first == second)
        #expect(hundreds.map { $0 + 3 } == first)
    }

    @Test("a long table shows its ends and counts the hidden rows")
    func elision() {
        let table = Table(header: ["i"], rows: (0..<100).map { [.number(Double($0))] }, maxRows: 10)
        let lines = table.render(RenderOptions())
        #expect(lines.contains { $0.contains("⋮ 90 rows ⋮") })
        #expect(lines.count == 10 + 1 + 4)
        #expect(lines[3].contains(" 0 ") && lines[lines.count - 2].contains(" 99 "))
    }

    @Test("a table too wide for the terminal is fitted")
    func tooWide() {
        let table = Table(header: ["a", "b", "c"], rows: [[.number(1 / 3.0), .number(2 / 3.0), .text(String(repeating: "w", count: 100))]])
        let lines = table.render(RenderOptions(width: 50))
        #expect(lines.allSatisfy { $0.displayWidth <= 50 })
    }

    @Test func tooWideATableFoldsIntoGroupsThatRepeatTheFirstColumn() {
        let header = ["step"] + (1...10).map { "column_\($0)" }
        let rows: [[Table.Cell]] = (0..<3).map { row in [.number(Double(row))] + (1...10).map { .number(Double($0) * 1.234567) } }
        let lines = Table(header: header, rows: rows).render(RenderOptions(width: 60, digits: 6))
        #expect(lines.allSatisfy { $0.displayWidth <= 60 })
        let headerLines = lines.filter { $0.contains("column_") }
        #expect(headerLines.count > 1)
        #expect(headerLines.allSatisfy { $0.contains("step") })
        for name in header.dropFirst() { #expect(lines.contains { $0.contains(name + " ") || $0.contains(name + "│") }) }
        #expect(!lines.contains { $0.contains("…") })
    }

    @Test(arguments: [60, 80, 100], [CanvasKind.braille, .ascii])
    func aFoldedTableShowsEveryColumnAndSaysWhereItContinues(width: Int, canvas: CanvasKind) {
        let header = ["step", "w[1]", "w[2]", "w[3]", "loss", "|grad|", "m[1]", "m[2]", "m[3]", "v[1]", "v[2]", "v[3]"]
        let rows: [[Table.Cell]] = (0..<4).map { row in
            [.number(Double(row))] + (1..<header.count).map { .number(-Double($0) * 1.234567891234e-7 * Double(row + 1)) }
        }
        let lines = Table(header: header, rows: rows).render(RenderOptions(width: width, canvas: canvas))
        #expect(lines.allSatisfy { $0.displayWidth <= width })
        let bar = canvas == .braille ? "│" : "|"
        let headerLines = lines.filter { $0.contains(" step ") }
        for name in header {
            #expect(headerLines.contains { $0.contains(" \(name) \(bar)") }, "column \(name) is shown at width \(width)")
        }
        #expect(headerLines.count > 1, "so wide a table folds at width \(width)")
        #expect(lines.filter { $0 == Table.foldNotice }.count == headerLines.count - 1)
        #expect(lines.last != Table.foldNotice && !lines.last!.isEmpty)
    }

    @Test func aTableThatFitsHasNoFoldNotice() {
        let lines = Table(header: ["step", "w"], rows: [[0, 1.5], [1, 0.75]]).render(RenderOptions(width: 60))
        #expect(!lines.contains(Table.foldNotice))
    }
}
