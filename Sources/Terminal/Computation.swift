import Foundation
import Kernel

/// One cell running on the session's kernel thread while the REPL's thread forwards Ctrl-C to the
/// session (``Session/interrupt``) and, once the cell has run for a second, keeps a
/// progress line up to date under it.
struct Computation {
    let session: Session
    let signals: TerminalSignals
    /// The kernel's latest ``Progress`` report; the session's progress callback fills it.
    let progress: Handoff<Kernel.Progress>
    /// Whether to draw the progress line (standard output is a terminal).
    let showsProgress: Bool

    struct Outcome {
        var result: CellResult
        /// Ctrl-C was pressed while the cell ran.
        var interrupted: Bool
        /// The window changed size while the cell ran.
        var resized: Bool
    }

    func run(_ text: String) -> Outcome {
        let session = self.session
        let (result, interrupted, resized) = perform { session.execute(text) }
        return Outcome(result: result, interrupted: interrupted, resized: resized)
    }

    /// Runs `work` (which runs cells in the session) on the session's kernel thread, forwarding
    /// Ctrl-C and drawing the progress line as ``run(_:)`` does.
    func perform<T: Sendable>(_ work: @escaping @Sendable () -> T) -> (T, interrupted: Bool, resized: Bool) {
        progress.put(nil)
        session.interrupt.clear()
        let result = Handoff<T>()
        session.thread.submit { [signals] in
            result.put(work())
            signals.postFinished()
        }
        let start = Date()
        var interrupted = false
        var resized = false
        var drawn = false
        while true {
            let events = signals.wait(for: nil, timeout: 0.1).events
            if events.contains(.interrupt) {
                session.interrupt.raise()
                interrupted = true
            }
            if events.contains(.resize) { resized = true }
            if events.contains(.finished), let finished = result.value {
                if drawn { Screen.write("\r\u{1B}[K") }
                return (finished, interrupted, resized)
            }
            let elapsed = Date().timeIntervalSince(start)
            if showsProgress, elapsed >= ProgressLine.delay, let report = progress.value {
                let line = ProgressLine(label: report.label, done: report.done, total: report.total, elapsed: elapsed)
                Screen.write("\r" + line.text(width: TerminalSize.columns() ?? 80) + "\u{1B}[K")
                drawn = true
            }
        }
    }
}
