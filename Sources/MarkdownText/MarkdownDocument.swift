import CCMarkGFM

/// A Markdown document parsed by cmark-gfm (CommonMark with GitHub's tables), turned into
/// Swift values so nothing else touches the C tree.
public struct MarkdownDocument: Sendable, Equatable {
    public var blocks: [MarkdownBlock]

    /// Parses `markdown`; every input is a document (Markdown has no syntax errors).
    public init(parsing markdown: String) {
        cmark_gfm_core_extensions_ensure_registered()
        guard !markdown.isEmpty, let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else {
            blocks = markdown.isEmpty ? [] : [.paragraph([.text(markdown)])]
            return
        }
        defer { cmark_parser_free(parser) }
        if let table = cmark_find_syntax_extension("table") {
            cmark_parser_attach_syntax_extension(parser, table)
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            blocks = []
            return
        }
        defer { cmark_node_free(root) }
        blocks = Self.children(of: root).compactMap(Self.block)
    }

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private static func type(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func block(_ node: OpaquePointer) -> MarkdownBlock? {
        switch type(node) {
        case "paragraph": return .paragraph(inlines(node))
        case "heading": return .heading(level: Int(cmark_node_get_heading_level(node)), inlines(node))
        case "block_quote": return .quote(children(of: node).compactMap(block))
        case "list":
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            let items = children(of: node).map { children(of: $0).compactMap(block) }
            return .list(start: ordered ? Int(cmark_node_get_list_start(node)) : nil, items: items)
        case "code_block", "html_block":
            var text = literal(node)
            if text.hasSuffix("\n") { text.removeLast() }
            return .code(text)
        case "thematic_break": return .rule
        case "table":
            let rows = children(of: node).map { row in children(of: row).map(inlines) }
            guard let header = rows.first else { return nil }
            return .table(header: header, rows: Array(rows.dropFirst()))
        default: return nil
        }
    }

    private static func inlines(_ node: OpaquePointer) -> [MarkdownInline] {
        children(of: node).flatMap { child -> [MarkdownInline] in
            switch type(child) {
            case "text", "html_inline": return [.text(literal(child))]
            case "code": return [.code(literal(child))]
            case "emph": return [.emphasis(inlines(child))]
            case "strong": return [.strong(inlines(child))]
            case "softbreak": return [.space]
            case "linebreak": return [.lineBreak]
            default: return inlines(child)
            }
        }
    }
}
