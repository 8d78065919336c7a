import Testing
import MarkdownText
@testable import Lessons

/// Markdown laid out for the terminal: styles, quotes, lists, tables, and a width that holds.
@Suite struct TerminalMarkdownTests {
    static func render(_ markdown: String, width: Int = 40) -> String {
        TerminalMarkdown(width: width, styled: false).text(MarkdownDocument(parsing: markdown))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let markdown: String
        let plain: String
        var testDescription: String { markdown }
    }

    @Test(arguments: [
        Case(markdown: "Some **bold** and *italic* text.", plain: "Some bold and italic text."),
        Case(markdown: "Call `diff(f, x)` now.", plain: "Call `diff(f, x)` now."),
        Case(markdown: "> A quote that is long enough to wrap onto a second line here.",
             plain: "│ A quote that is long enough to wrap\n│ onto a second line here."),
        Case(markdown: "- one item that is long enough to need a second line\n- two",
             plain: "• one item that is long enough to need a\n  second line\n• two"),
        Case(markdown: "9. nine\n10. ten", plain: "9.  nine\n10. ten"),
        Case(markdown: "## Partial derivatives", plain: "Partial derivatives\n───────────────────"),
        Case(markdown: "| lr | verdict |\n|---|---|\n| 0.1 | converged |",
             plain: "lr  │ verdict  \n────┼──────────\n0.1 │ converged"),
        Case(markdown: "```text\nv ← μ·v + g\n```", plain: "v ← μ·v + g"),
    ])
    func plainRenderingUnderNoColor(_ c: Case) {
        #expect(Self.render(c.markdown) == c.plain)
    }

    @Test func boldItalicAndCodeAreRunsInTheirStylesAndCodeLosesItsBackticksWhenStyled() {
        let document = MarkdownDocument(parsing: "Some **bold**, *italic* and `code`.")
        let line = TerminalMarkdown(width: 40, styled: true).lines(document).first
        #expect(line?.runs.filter { !$0.style.isEmpty }.map(\.text) == ["bold", "italic", "code"])
        #expect(line?.runs.filter { !$0.style.isEmpty }.map(\.style) == [.bold, .italic, .code])
        #expect(line?.text == "Some bold, italic and code.")
    }

    @Test func aWordLongerThanTheWidthGetsItsOwnLine() {
        let long = String(repeating: "x", count: 30)
        #expect(Self.render("a b \(long) c", width: 20) == "a b\n\(long)\nc")
    }

    @Test func aTableTooWideIsListedCellByCell() {
        let text = Self.render("| name | description |\n|---|---|\n| lr | the learning rate, the size of each step |", width: 24)
        #expect(text == "name: lr\ndescription: the\nlearning rate, the size\nof each step")
    }

    /// Every built-in chapter's prose, at three widths: no line too wide, no word split.
    @Test(arguments: [60, 80, 100])
    func chapterProseFitsTheWidthWithoutSplittingWords(width: Int) throws {
        for file in LessonCatalog.builtin.files {
            let lesson = try file.lesson()
            for step in lesson.steps where !step.prose.isEmpty {
                let document = MarkdownDocument(parsing: step.prose)
                let lines = TerminalMarkdown(width: width, styled: false).lines(document)
                for line in lines where line.width > width && !line.runs.allSatisfy({ $0.style.contains(.code) }) {
                    Issue.record("\(file.name): a line of \(line.width) columns at width \(width): \(line.text)")
                }
                let shown = lines.flatMap { line in
                    line.runs.filter { !$0.style.contains(.frame) }.map(\.text).joined().split(whereSeparator: \.isWhitespace)
                }
                let source = Self.words(document.blocks)
                #expect(shown.map(String.init) == source, "\(file.name) at width \(width): words differ")
            }
        }
    }

    /// The words of the parsed text, independent of any layout.
    static func words(_ blocks: [MarkdownBlock]) -> [String] {
        func inline(_ inlines: [MarkdownInline]) -> String {
            inlines.map { element -> String in
                switch element {
                case .text(let text): return text
                case .code(let code): return "`\(code)`"
                case .emphasis(let children), .strong(let children): return inline(children)
                case .space, .lineBreak: return " "
                }
            }.joined()
        }
        return blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines):
                return inline(inlines).split(whereSeparator: \.isWhitespace).map(String.init)
            case .quote(let children): return words(children)
            case .list(_, let items): return items.flatMap(words)
            case .code(let text): return text.split(whereSeparator: \.isWhitespace).map(String.init)
            case .table(let header, let rows):
                return (header + rows.flatMap { $0 }).flatMap { inline($0).split(whereSeparator: \.isWhitespace).map(String.init) }
            case .rule: return []
            }
        }
    }
}
