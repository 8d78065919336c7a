import ArgumentParser
import Foundation
import Kernel
import Terminal

/// Flags every mode shares.
struct GlobalOptions: ParsableArguments {
    @Flag(help: "Print expressions in ASCII (the input syntax) and plots with ASCII characters.")
    var ascii = false

    @Flag(help: "Print every table as CSV.")
    var csv = false

    @Option(help: "Significant digits of decimals (1 to 17; default 12, and 6 in tables).")
    var digits: Int?

    @Option(help: "Columns for plots and tables (default: the terminal's width, or 80).")
    var width: Int?

    @Flag(name: .customLong("no-color"), help: "Never use colour (NO_COLOR does the same).")
    var noColor = false

    @Option(name: .customLong("seed"),
            help: "Seed for random experiments (default 1; a lesson's exercises default to one drawn from the student's name).")
    var givenSeed: UInt64?

    /// The seed for random experiments: `--seed`, else 1.
    var seed: UInt64 { givenSeed ?? 1 }

    func validate() throws {
        if let digits, !(1...17).contains(digits) { throw ValidationError("--digits takes 1 to 17") }
        if let width, !(20...1000).contains(width) { throw ValidationError("--width takes 20 to 1000") }
    }

    /// The session settings these flags and the environment ask for.
    func settings(outputIsTerminal: Bool) -> Settings {
        var settings = Settings()
        settings.style = ascii ? .ascii : .unicode
        settings.csv = csv
        if let digits {
            settings.digits = digits
            settings.tableDigits = digits
        }
        settings.seed = seed
        settings.width = width ?? TerminalSize.columns() ?? 80
        settings.maximumOutput = outputIsTerminal ? Settings.terminalOutputLimit : 0
        settings.color = ColorPolicy.enabled(flagDisabled: noColor, outputIsTerminal: outputIsTerminal)
        return settings
    }
}
