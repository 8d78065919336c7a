import ArgumentParser

/// The `descent` command line.
@main
struct Descent: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A REPL for learning gradient descent.",
        version: "0.1.0"
    )
}
