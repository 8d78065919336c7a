import Foundation
import Kernel

/// SIGINT, which Jupyter sends for "Interrupt" (`interrupt_mode: signal`), raises the
/// session's interrupt: the running computation stops at its next check and the session stays.
///
/// The handler only writes a byte to a pipe, which is async-signal-safe; a thread reads it.
enum InterruptSignal {
    static func install(_ interrupt: Interrupt) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        interruptPipeWriteEnd = ends[1]
        let readEnd = ends[0]
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            let saved = errno
            var byte: UInt8 = 1
            _ = write(interruptPipeWriteEnd, &byte, 1)
            errno = saved
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
        let thread = Thread {
            var byte: UInt8 = 0
            while read(readEnd, &byte, 1) > 0 {
                KernelLog.write("interrupted (SIGINT)")
                interrupt.raise()
            }
        }
        thread.name = "descent interrupt"
        thread.start()
    }
}

/// The pipe the SIGINT handler writes to; set before the handler is installed.
nonisolated(unsafe) private var interruptPipeWriteEnd: Int32 = -1
