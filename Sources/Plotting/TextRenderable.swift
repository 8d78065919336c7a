/// Something that can be drawn as lines of terminal text.
///
/// Rendering is pure: the same value and options always give byte-identical lines.
/// Lines carry no trailing newline, and each is at most `options.width` display
/// columns wide (see ``Swift/String/displayWidth``).
public protocol TextRenderable: Sendable {
    /// The lines of text that draw `self` under `options`.
    func render(_ options: RenderOptions) -> [String]
}

extension TextRenderable {
    /// The rendered lines joined with newlines, for printing in one go.
    public func text(_ options: RenderOptions = RenderOptions()) -> String {
        render(options).joined(separator: "\n")
    }
}
