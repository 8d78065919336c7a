import Testing

extension Golden {
    /// Compares an SVG document with `Golden/NAME.svg`, recorded like the text goldens.
    static func check(_ name: String, svg: String, sourceLocation: SourceLocation = #_sourceLocation) {
        files.check("\(name).svg", svg, sourceLocation: sourceLocation)
    }
}
