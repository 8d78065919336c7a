import Kernel
import Terminal

/// Opens the REPL on a terminal.
enum InteractiveLauncher {
    static func run(session: Session, options: GlobalOptions) -> Int32 {
        let repl = REPL(session: session, options: REPL.Options(
            version: DescentVersion.current,
            lessonNames: { [] },
            widthIsFixed: options.width != nil))
        return repl.run()
    }
}
