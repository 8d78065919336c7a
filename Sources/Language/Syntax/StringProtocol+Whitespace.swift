extension StringProtocol {
    /// The text without white space (spaces, tabs, line breaks) at either end, as lines and
    /// commands are read in cells and lesson files.
    public func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
