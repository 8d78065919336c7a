import Foundation

/// The terminal's size, asked of the kernel (`TIOCGWINSZ`).
public enum TerminalSize {
    /// Columns of the terminal on standard output, nil when it is not a terminal.
    public static func columns(of descriptor: Int32 = STDOUT_FILENO) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
