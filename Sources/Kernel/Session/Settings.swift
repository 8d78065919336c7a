import Language

/// How a session shows its results; changed with `:set` or the command-line flags.
public struct Settings: Sendable, Equatable {
    /// Unicode (`3x²`) or ASCII (`3*x^2`, exactly the input syntax).
    public var style: Printer.Style = .unicode
    /// Significant digits of decimals in expressions and results.
    public var digits = 12
    /// Significant digits in tables, fewer by default so that columns stay readable;
    /// `--digits` and `:set digits` set both. `--csv` always writes every digit.
    public var tableDigits = 6
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
