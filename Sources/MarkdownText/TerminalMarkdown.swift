/// Lays a Markdown document out for a terminal of `width` columns.
///
/// Paragraphs are refilled to the width and never split a word (a word longer than the
/// width gets a line of its own); list items hang under their marker (`•`, `1.`);
/// quotes are indented behind a bar `│ `; headings are underlined; GFM tables are
/// aligned in columns, or listed cell by cell when they do not fit; code blocks are kept
/// as written. With `styled == false` (NO_COLOR) inline code keeps its backticks, since
/// no attribute would set it apart.
public struct TerminalMarkdown: Sendable {
    public var width: Int
    public var styled: Bool

    public init(width: Int, styled: Bool) {
        self.width = max(20, width)
        self.styled = styled
    }

    /// The document's lines, blocks separated by an empty line.
    public func lines(_ document: MarkdownDocument) -> [StyledLine] {
        blocks(document.blocks, width: width)
    }

    /// The document as plain text, its styles dropped.
    public func text(_ document: MarkdownDocument) -> String {
        lines(document).map(\.text).joined(separator: "\n")
    }

    private typealias Word = [StyledLine.Run]

    private func blocks(_ blocks: [MarkdownBlock], width: Int) -> [StyledLine] {
        var result: [StyledLine] = []
        for (index, block) in blocks.enumerated() {
            if index > 0 { result.append(StyledLine(runs: [])) }
            result += self.block(block, width: width)
        }
        return result
    }

    private func block(_ block: MarkdownBlock, width: Int) -> [StyledLine] {
        switch block {
        case .paragraph(let inlines):
            return fill(inlines, width: width)
        case .heading(_, let inlines):
            let lines = fill(inlines, width: width, base: .bold)
            let rule = String(repeating: "─", count: min(width, lines.map(\.width).max() ?? 0))
            return lines + [StyledLine(runs: [.init(text: rule, style: .frame)])]
        case .quote(let children):
            return blocks(children, width: width - 2).map { line in
                StyledLine(runs: [.init(text: "│ ", style: .frame)] + line.runs)
            }
        case .list(let start, let items):
            var result: [StyledLine] = []
            let markers: [String] = items.indices.map { index in start.map { "\($0 + index)." } ?? "•" }
            let markerWidth = (markers.map { $0.count }.max() ?? 1) + 1
            for (marker, item) in zip(markers, items) {
                let body = blocks(item, width: width - markerWidth)
                for (index, line) in body.enumerated() {
                    let prefix = index == 0 ? marker.padding(to: markerWidth) : String(repeating: " ", count: markerWidth)
                    result.append(StyledLine(runs: [.init(text: prefix, style: .frame)] + line.runs))
                }
            }
            return result
        case .code(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map {
                StyledLine(runs: [.init(text: String($0), style: .code)])
            }
        case .table(let header, let rows):
            return table(header: header, rows: rows, width: width)
        case .rule:
            return [StyledLine(runs: [.init(text: String(repeating: "─", count: width), style: .frame)])]
        }
    }

    /// The words of `inlines` refilled to `width`.
    private func fill(_ inlines: [MarkdownInline], width: Int, base: StyledLine.Style = []) -> [StyledLine] {
        var lines: [StyledLine] = []
        var current: [StyledLine.Run] = []
        var used = 0
        for word in words(inlines, base: base) {
            guard let first = word.first else {
                if !current.isEmpty || lines.isEmpty { lines.append(StyledLine(runs: current)) }
                current = []
                used = 0
                continue
            }
            let size = word.reduce(0) { $0 + $1.text.count }
            if used > 0, used + 1 + size > width {
                lines.append(StyledLine(runs: current))
                current = []
                used = 0
            }
            if used > 0 {
                let shared = (current.last?.style ?? []).intersection(first.style).intersection([.bold, .italic])
                current.append(.init(text: " ", style: shared))
                used += 1
            }
            current += word
            used += size
        }
        if !current.isEmpty || lines.isEmpty { lines.append(StyledLine(runs: current)) }
        return lines
    }

    /// Words as runs; an empty word marks a hard line break.
    private func words(_ inlines: [MarkdownInline], base: StyledLine.Style) -> [Word] {
        var words: [Word] = []
        var current: Word = []
        func add(_ text: String, _ style: StyledLine.Style) {
            for (index, piece) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                if index > 0, !current.isEmpty {
                    words.append(current)
                    current = []
                }
                if !piece.isEmpty { current.append(.init(text: String(piece), style: style)) }
            }
        }
        func walk(_ inlines: [MarkdownInline], _ style: StyledLine.Style) {
            for inline in inlines {
                switch inline {
                case .text(let text): add(text, style)
                case .code(let code): add(styled ? code : "`\(code)`", style.union(.code))
                case .emphasis(let children): walk(children, style.union(.italic))
                case .strong(let children): walk(children, style.union(.bold))
                case .space: add(" ", style)
                case .lineBreak:
                    if !current.isEmpty { words.append(current) }
                    current = []
                    words.append([])
                }
            }
        }
        walk(inlines, base)
        if !current.isEmpty { words.append(current) }
        return words
    }

    private func plain(_ inlines: [MarkdownInline]) -> String {
        words(inlines, base: []).map { $0.map(\.text).joined() }.joined(separator: " ")
    }

    private func table(header: [[MarkdownInline]], rows: [[[MarkdownInline]]], width: Int) -> [StyledLine] {
        let names = header.map(plain)
        let cells = rows.map { $0.map(plain) }
        var widths = names.map(\.count)
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        let total = widths.reduce(0, +) + 3 * max(widths.count - 1, 0)
        guard total <= width else {
            var lines: [StyledLine] = []
            for row in cells {
                if !lines.isEmpty { lines.append(StyledLine(runs: [])) }
                for (name, cell) in zip(names, row) {
                    lines += fill([.strong([.text(name + ":")]), .space, .text(cell)], width: width)
                }
            }
            return lines
        }
        func line(_ row: [String], _ style: StyledLine.Style) -> StyledLine {
            var runs: [StyledLine.Run] = []
            for (index, cell) in row.enumerated() where index < widths.count {
                if index > 0 { runs.append(.init(text: " │ ", style: .frame)) }
                runs.append(.init(text: cell.padding(to: widths[index]), style: style))
            }
            return StyledLine(runs: runs)
        }
        let rule = StyledLine(runs: [.init(text: widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─"), style: .frame)])
        return [line(names, .bold), rule] + cells.map { line($0, []) }
    }
}

private extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
