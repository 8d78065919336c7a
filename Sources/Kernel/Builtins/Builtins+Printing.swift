import Language

/// print: text on standard output, as students expect from every notebook language.
extension Builtins {
    static let printing: [Builtin] = [
        Builtin(name: "print", signature: "print(value, …)",
                summary: "writes its values on one line to standard output, separated by spaces, text without quotes",
                example: "print(\"the derivative is\", diff(x^3, x))") { args, interpreter throws(LanguageError) in
            try args.expectOptions([])
            let renderer = TextRenderer(settings: interpreter.session.settings)
            return .output(.printed(args.positional.map { renderer.render($0.value.output) }.joined(separator: " ")))
        },
    ]
}
