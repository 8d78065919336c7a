/// Writes expressions as text in one of three styles with minimal parentheses.
///
/// | style     | example                         |
/// |-----------|---------------------------------|
/// | `unicode` | `3x² − 2·sin(x)/x`              |
/// | `ascii`   | `3*x^2 - 2*sin(x)/x` (the input syntax) |
/// | `latex`   | `3 x^{2} - \frac{2 \sin\left(x\right)}{x}` |
///
/// Terms are ordered as a textbook orders them (higher degree first, constants
/// last, a positive term first when there is one: `1 - x`), factors with the
/// number first and sums last, and negative powers become a denominator (`1/x^2`).
/// Printing then parsing gives back an expression with the same value.
public struct Printer: Sendable {
    public enum Style: Sendable, Equatable { case unicode, ascii, latex }

    public var style: Style
    public var numberFormat: NumberFormat
    /// Whether numerals are marked as they are written, for ``styled(_:)``.
    var marksNumerals = false

    public init(style: Style = .unicode, digits: Int = 12) {
        self.style = style
        self.numberFormat = NumberFormat(digits: digits)
    }

    /// The expression as text. Every distinct subexpression is written once,
    /// children first, so deep expressions need no deep recursion.
    public func string(_ expr: Expr) -> String {
        expr.fold { written($1, $2) }.piece.standalone(style).plain
    }

    /// ``string(_:)`` in runs, each numeral the printer writes a `.number` run: the digits of
    /// `3x² − 2.5`, each line of a folded integer, `inf`, `nan`, an exponent written `^1.5`
    /// (not the superscripts of `x²`, which are notation, nor digits in a name such as `x1`).
    /// LaTeX is one unstyled run. Its `plain` is ``string(_:)``.
    public func styled(_ expr: Expr) -> StyledText {
        guard style != .latex else { return StyledText(string(expr)) }
        var marking = self
        marking.marksNumerals = true
        return expr.fold { marking.written($1, $2) }.piece.standalone(style).styled
    }

    /// Every distinct subexpression of `expr` as text, written in one pass (what a
    /// node-by-node table shows), instead of writing each subexpression again on its own.
    public func strings(ofSubexpressionsOf expr: Expr) -> [Expr: String] {
        var strings: [Expr: String] = [:]
        _ = expr.fold { expr, node, children in
            let result = written(node, children)
            strings[expr] = result.piece.standalone(style).plain
            return result
        }
        return strings
    }

    private func written(_ node: Node, _ children: [Written]) -> Written {
        var result = Written(piece: piece(node, children))
        if case .power = node { result.base = children[0].piece }
        return result
    }

    /// A list of expressions: `[2x, 3y]`.
    public func string(list: [Expr]) -> String {
        "[" + list.map(string).joined(separator: ", ") + "]"
    }

    /// ``string(list:)`` with its numerals in `.number` runs, as ``styled(_:)`` writes them.
    public func styled(list: [Expr]) -> StyledText {
        var text = StyledText("[")
        for (index, element) in list.enumerated() {
            if index > 0 { text.append(", ") }
            text.append(styled(element))
        }
        text.append("]")
        return text
    }

    /// `text` as written: a numeral when numerals are being marked.
    func numeral(_ text: String) -> PrintedText {
        marksNumerals ? PrintedText(numeral: text) : PrintedText(text)
    }
}
