import Foundation

/// Whether to colour output: never with `--no-color`, `NO_COLOR` or `TERM=dumb`;
/// always with `FORCE_COLOR`; otherwise only on a terminal.
public enum ColorPolicy {
    public static func enabled(
        flagDisabled: Bool, outputIsTerminal: Bool,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        if flagDisabled || environment["NO_COLOR"].map({ !$0.isEmpty }) == true { return false }
        if environment["FORCE_COLOR"].map({ !$0.isEmpty && $0 != "0" }) == true { return true }
        if environment["TERM"] == "dumb" { return false }
        return outputIsTerminal
    }
}
