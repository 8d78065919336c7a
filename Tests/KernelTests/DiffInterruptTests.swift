import Kernel
import Testing

/// Ctrl-C stops `diff` while it differentiates, with an error rather than a result.
@Suite struct DiffInterruptTests {
    @Test func anInterruptRaisedDuringALargeDiffStopsItWithAnError() {
        var settings = Settings()
        settings.style = .ascii
        let session = Session(settings: settings)
        let interrupt = session.interrupt
        session.progress = { progress in
            if progress.label == "diff" { interrupt.raise() }
        }
        let result = session.execute("diff(x^x^x^x, x, 16)")
        #expect(result.failed)
        let shown = result.output.map { TextRenderer(settings: session.settings).render($0) } ?? ""
        #expect(shown.contains("interrupted"), "\(shown)")
        #expect(shown.contains("error"), "\(shown)")
        // The front end clears the interrupt when it hands over the next cell; the session goes on.
        session.progress = nil
        interrupt.clear()
        #expect(!session.execute("diff(x^3, x)").failed)
    }
}
