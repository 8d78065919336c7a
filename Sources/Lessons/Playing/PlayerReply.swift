import Kernel
import Language

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

    /// The blocks as styled runs at the renderer's width, outputs rendered with `renderer`;
    /// a question stands a blank line below the prose that leads to it. Text from lesson
    /// files and keyboards has its control characters escaped, so only a front end's own
    /// styling reaches the terminal.
    public func styled(renderer: TextRenderer) -> StyledText {
        var text = StyledText()
        for (index, block) in blocks.enumerated() {
            if index > 0 {
                let afterProse = if case .prose = blocks[index - 1] { true } else { false }
                let isQuestion = if case .question = block { true } else { false }
                text.append(afterProse && isQuestion ? "\n\n" : "\n")
            }
            text.append(block.styled(renderer: renderer))
        }
        return text
    }

    /// ``styled(renderer:)`` without its styles.
    public func text(renderer: TextRenderer) -> String {
        styled(renderer: renderer).plain
    }
}

/// One piece of what the player shows.
public enum PlayerBlock: Sendable {
    /// `── Chapter 1 · Gradients · step 3 of 24 ──`
    case status(String)
    /// Prose, already wrapped, its emphasis in `.emphasis` runs.
    case prose(StyledText)
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

    /// The block as styled runs, words wrapped to the renderer's width like prose, control
    /// characters escaped. Outputs are indented, so they are drawn narrower than the width by
    /// the indent, and keep the runs `renderer` styled them in.
    public func styled(renderer: TextRenderer) -> StyledText {
        let width = renderer.settings.width
        let wrapper = ProseWrapper(width: width)
        switch self {
        case .status(let text): return Self.escaped(Self.statusLine(text, width: width))
        case .prose(let prose): return prose.escapedForTerminal
        case .cell(let text): return Self.escaped("  ▶ " + text)
        case .output(let output, _):
            var inner = renderer
            inner.settings.width = max(20, width - Self.indent.count)
            return Self.indented(inner.styled(output))
        case .question(let text): return Self.escaped(wrapper.wrapText("Exercise: " + text))
        case .readAs(let text): return Self.escaped(wrapper.wrapText("read as: " + text))
        case .feedback(let text): return Self.escaped(wrapper.wrapText(text))
        case .hint(let text): return Self.escaped(wrapper.wrapText("hint: " + text))
        case .message(let text): return Self.escaped(wrapper.wrapText(text))
        }
    }

    /// ``styled(renderer:)`` without its styles.
    public func text(renderer: TextRenderer) -> String {
        styled(renderer: renderer).plain
    }

    /// Text from a lesson file or a keyboard as one unstyled run, its control characters escaped.
    private static func escaped(_ text: String) -> StyledText {
        StyledText(TerminalText.escaped(text))
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

    /// `text` with every line that is not empty behind ``indent``, each run keeping its style.
    static func indented(_ text: StyledText) -> StyledText {
        var result = StyledText()
        var atLineStart = true
        for run in text.runs {
            for (index, piece) in run.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 {
                    result.append("\n")
                    atLineStart = true
                }
                guard !piece.isEmpty else { continue }
                if atLineStart { result.append(indent) }
                result.append(String(piece), run.style)
                atLineStart = false
            }
        }
        return result
    }
}
