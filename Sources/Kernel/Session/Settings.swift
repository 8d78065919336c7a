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
    /// The most characters a result may draw before it is summarised (its size and how to
    /// see it) instead; 0 for no limit. A front end writing to a terminal sets
    /// ``terminalOutputLimit``; output to a file or pipe has none, so `descent -e CELL > FILE`
    /// keeps it all.
    public var maximumOutput = 0

    /// The limit on a terminal: 100,000 characters, about 1,250 lines of 80 columns, more than
    /// anyone reads there and little enough to draw at once and stop with Ctrl-C.
    public static let terminalOutputLimit = 100_000

    public init() {}

    public var printer: Printer { Printer(style: style, digits: digits) }
}
