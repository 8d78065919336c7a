import Language

/// print: text on standard output, as students expect from every notebook language.
extension Builtins {
    static let printing: [Builtin] = [
        Builtin(name: "print", signature: "print(value, …)",
                summary: "writes its values on one line to standard output, separated by spaces, text without quotes; to = \"stderr\" writes to standard error",
                example: "print(\"the derivative is\", diff(x^3, x))") { args, interpreter throws(LanguageError) in
            try args.expectOptions(["to"])
            let renderer = TextRenderer(settings: interpreter.session.settings)
            let line = args.positional.map { renderer.render($0.value.output) }.joined(separator: " ")
            switch try args.text("to") {
            case nil, "stdout": return .output(.printed(line))
            case "stderr": return .output(.printedToStandardError(line))
            case let other?:
                throw .invalidArgument(function: "print", message: "writes to \"stdout\" or \"stderr\", not \"\(other)\"",
                                       at: args.option("to")?.range ?? args.range)
            }
        },
    ]
}
