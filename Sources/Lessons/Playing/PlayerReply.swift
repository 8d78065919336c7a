import Kernel

/// What the player has to show after an input, for any front end to render.
public struct PlayerReply: Sendable {
    public var blocks: [PlayerBlock] = []
    /// The prompt for the next line: `» ` before a cell, `answer » ` during an exercise.
    public var prompt: String
    /// True after `:quit` or past the last step: the host stops reading.
    public var ended = false

    public init(blocks: [PlayerBlock] = [], prompt: String, ended: Bool = false) {
        self.blocks = blocks
        self.prompt = prompt
        self.ended = ended
    }

    /// The blocks as terminal text at the renderer's width, outputs rendered with `renderer`;
    /// a question stands a blank line below the prose that leads to it.
    public func text(renderer: TextRenderer) -> String {
        var text = ""
        for (index, block) in blocks.enumerated() {
            if index > 0 {
                let afterProse = if case .prose = blocks[index - 1] { true } else { false }
                let isQuestion = if case .question = block { true } else { false }
                text += afterProse && isQuestion ? "\n\n" : "\n"
            }
            text += block.text(renderer: renderer)
        }
        return text
    }
}

/// One piece of what the player shows.
public enum PlayerBlock: Sendable {
    /// `── Chapter 1 · Gradients · step 3 of 24 ──`
    case status(String)
    /// Prose, already wrapped.
    case prose(String)
    /// A cell of the lesson, shown before it runs.
    case cell(String)
    /// What a cell produced.
    case output(Output, failed: Bool)
    /// An exercise's question, constants filled in.
    case question(String)
    /// `read as: 3·x² + 1`
    case readAs(String)
    /// Marking and feedback on an answer.
    case feedback(String)
    case hint(String)
    /// Anything else: help, a saved notice, the end of the chapter.
    case message(String)

    /// The block as terminal text, words wrapped to the renderer's width like prose. Outputs
    /// are indented, so they are drawn narrower than the width by the indent.
    public func text(renderer: TextRenderer) -> String {
        let wrapper = ProseWrapper(width: renderer.settings.width)
        switch self {
        case .status(let text): return Self.statusLine(text, width: renderer.settings.width)
        case .prose(let text): return text
        case .cell(let text): return "  ▶ " + text
        case .output(let output, _):
            var inner = renderer
            inner.settings.width = max(20, renderer.settings.width - Self.indent.count)
            return Self.indented(inner.render(output))
        case .question(let text): return wrapper.wrapText("Exercise: " + text)
        case .readAs(let text): return wrapper.wrapText("read as: " + text)
        case .feedback(let text): return wrapper.wrapText(text)
        case .hint(let text): return wrapper.wrapText("hint: " + text)
        case .message(let text): return wrapper.wrapText(text)
        }
    }

    static let indent = "    "

    /// `── Chapter 2 · Title · step 1 of 28 ──`, leaving out the middle parts (the title)
    /// while the line is wider than `width`.
    static func statusLine(_ text: String, width: Int) -> String {
        var parts = text.components(separatedBy: " · ")
        var line = "── \(parts.joined(separator: " · ")) ──"
        while line.count > width, parts.count > 2 {
            parts.remove(at: 1)
            line = "── \(parts.joined(separator: " · ")) ──"
        }
        return line
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
    }
}
