/// The lines the REPL greets a student with: the version, how to get help, how to begin.
public struct Banner: Sendable {
    public var version: String
    public var palette: Palette

    public init(version: String, palette: Palette) {
        self.version = version
        self.palette = palette
    }

    public var text: String {
        """
        \(palette.paint("Descent \(version)", .bold)) - learn gradient descent by doing it.
        Type \(palette.paint(":help", .bold)) for help, \(palette.paint(":lessons", .bold)) to begin the first lesson, \
        \(palette.paint("Ctrl-D", .bold)) to quit.
        """
    }
}
