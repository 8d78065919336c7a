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

    /// The blocks as terminal text, outputs rendered with `renderer`.
    /// Outputs are indented, so they are drawn narrower than the settings' width by the indent;
    /// questions, feedback, hints and messages are wrapped to the width at spaces, and a
    /// question stands a blank line below the prose that leads to it.
    public func text(renderer: TextRenderer) -> String {
        var inner = renderer
        inner.settings.width = max(20, renderer.settings.width - PlayerBlock.indent.count)
        let wrapper = LineWrapper(width: max(20, renderer.settings.width))
        var text = ""
        for (index, block) in blocks.enumerated() {
            if index > 0 {
                let afterProse = if case .prose = blocks[index - 1] { true } else { false }
                let isQuestion = if case .question = block { true } else { false }
                text += afterProse && isQuestion ? "\n\n" : "\n"
            }
            switch block {
            case .question, .readAs, .feedback, .hint, .message: text += wrapper.wrap(block.text(renderer: inner))
            case .status, .prose, .cell, .output: text += block.text(renderer: inner)
            }
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

    public func text(renderer: TextRenderer) -> String {
        switch self {
        case .status(let text): return "── \(text) ──"
        case .prose(let text): return text
        case .cell(let text): return "  ▶ " + text
        case .output(let output, _): return Self.indented(renderer.render(output))
        case .question(let text): return "Exercise: " + text
        case .readAs(let text): return "read as: " + text
        case .feedback(let text): return text
        case .hint(let text): return "hint: " + text
        case .message(let text): return text
        }
    }

    static let indent = "    "

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
    }
}
