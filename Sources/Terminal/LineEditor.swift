import CReadline
import Foundation

/// Reads cells with GNU readline: line editing, the history list and Tab completion.
///
/// It uses readline's callback interface and waits on the terminal and on
/// ``TerminalSignals`` together, so that Ctrl-C abandons the line being typed and a
/// resized window is redrawn while the student types. Readline's state is global,
/// so a process has one editor at a time.
final class LineEditor {
    enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the line was abandoned.
        case interrupted
        /// Ctrl-D on an empty line, or the terminal went away.
        case endOfInput
    }

    private let signals: TerminalSignals
    /// The names Tab offers, asked at each Tab.
    private let vocabulary: () -> Completion.Vocabulary
    /// Called after the window changed size and readline redrew the line.
    private let onResize: () -> Void

    init(signals: TerminalSignals, historyLimit: Int,
         vocabulary: @escaping () -> Completion.Vocabulary, onResize: @escaping () -> Void) {
        self.signals = signals
        self.vocabulary = vocabulary
        self.onResize = onResize
        LineEditor.configureReadline()
        using_history()
        stifle_history(Int32(clamping: historyLimit))
        activeEditor = self
    }

    deinit {
        if activeEditor === self { activeEditor = nil }
    }

    /// Adds a line to the list that Up and Ctrl-R search.
    func remember(_ line: String) {
        add_history(line)
    }

    /// Shows `prompt` and returns the line typed, Ctrl-C or Ctrl-D.
    func read(prompt: String) -> Input {
        activeEditor = self
        acceptedLine = nil
        rl_callback_handler_install(prompt) { line in
            acceptedLine = .some(line.map { String(cString: $0) })
            free(line)
            rl_callback_handler_remove()
        }
        var hangups = 0
        while true {
            let (readable, events) = signals.wait(for: STDIN_FILENO, timeout: nil)
            for event in events {
                switch event {
                case .interrupt:
                    abandonLine()
                    return .interrupted
                case .resize:
                    rl_resize_terminal()
                    onResize()
                case .resume:
                    resumeAfterStop()
                case .finished:
                    break
                }
            }
            guard readable else { continue }
            rl_callback_read_char()
            if let accepted = acceptedLine {
                return accepted.map(Input.line) ?? .endOfInput
            }
            if hangupPending() {
                hangups += 1
                if hangups > 100 {
                    rl_callback_handler_remove()
                    return .endOfInput
                }
            }
        }
    }

    /// Ctrl-C at the prompt: shows `^C` after the text, forgets the line and moves to a fresh line.
    private func abandonLine() {
        descent_rl_move_to_end()
        rl_redisplay()
        Screen.write("^C")
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_cleanup_after_signal()
        rl_callback_handler_remove()
        Screen.write("\n")
    }

    /// After Ctrl-Z and `fg` the shell has left the terminal in its own mode: readline's
    /// mode comes back and the prompt is drawn again on a fresh line.
    private func resumeAfterStop() {
        rl_deprep_terminal()
        rl_prep_terminal(1)
        rl_on_new_line()
        rl_redisplay()
    }

    private func hangupPending() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Readline settings: no signal handlers of its own (``TerminalSignals`` has them),
    /// word breaks for expressions, and the REPL's completion.
    private static func configureReadline() {
        // Pasted text arrives whole, newlines included, instead of as lines typed one by one.
        rl_variable_bind("enable-bracketed-paste", "on")
        descent_rl_configure(strdup("descent"), strdup(Completion.wordBreaks)) { text, start, _ in
            guard let text, let editor = activeEditor else { return nil }
            let line = descent_rl_line_buffer().map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) }
            let before = String(decoding: UnsafeBufferPointer(start: line, count: line == nil ? 0 : Int(max(0, start))), as: UTF8.self)
            return editor.matches(for: String(cString: text), after: before)
        }
    }

    /// The array readline expects from a completion function: the text to insert,
    /// then every candidate, then NULL, all allocated with `malloc`.
    private func matches(for word: String, after before: String) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        guard let candidates = Completion.candidates(for: word, after: before, in: vocabulary()) else {
            descent_rl_set_completion_over(0)
            return nil
        }
        descent_rl_set_completion_over(1)
        guard !candidates.isEmpty else { return nil }
        if candidates.count == 1 {
            descent_rl_set_completion_append(Int32(Completion.suffix(after: candidates[0])?.asciiValue ?? 0))
        }
        let texts = [Completion.commonPrefix(of: candidates)] + (candidates.count == 1 ? [] : candidates.map(\.text))
        let pointer = malloc((texts.count + 1) * MemoryLayout<UnsafeMutablePointer<CChar>?>.stride)!
            .assumingMemoryBound(to: UnsafeMutablePointer<CChar>?.self)
        for (index, text) in texts.enumerated() { pointer[index] = strdup(text) }
        pointer[texts.count] = nil
        return pointer
    }
}

/// The line readline handed to the callback: nil before a line ends, `.some(nil)` for Ctrl-D.
nonisolated(unsafe) private var acceptedLine: String??
/// The editor whose vocabulary the completion function asks.
nonisolated(unsafe) private weak var activeEditor: LineEditor?
