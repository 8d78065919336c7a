import Language

/// How a session shows its results; changed with `:set` or the command-line flags.
public struct Settings: Sendable, Equatable {
    /// Unicode (`3x²`) or ASCII (`3*x^2`, exactly the input syntax).
    public var style: Printer.Style = .unicode
    /// Significant digits of decimals.
    public var digits = 12
    /// Columns available for plots and tables.
    public var width = 80
    /// ANSI colours in plots and messages.
    public var color = false
    /// Tables as CSV instead of boxes.
    public var csv = false
    /// Seed for random experiments, so every run is reproducible.
    public var seed: UInt64 = 1

    public init() {}

    public var printer: Printer { Printer(style: style, digits: digits) }
}
