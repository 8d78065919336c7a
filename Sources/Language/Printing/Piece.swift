/// A printed subexpression and what its parent needs to know to place it.
struct Piece {
    enum Precedence: Int, Comparable {
        case sum = 1, product, unary, power, atom
        static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }
    }

    /// The text without its sign when `negative`: `2x` for `-2x`.
    var text: PrintedText
    var precedence: Precedence
    var negative = false
    /// Whether the text starts with a letter, so `3x²` can be written without `·`.
    var startsWithLetter = false
    /// Polynomial degree in the variables, for ordering terms: `x²y` has degree 3.
    var degree = 0
    var hasSymbols = false
    /// Where the piece goes among a product's factors (constants, variables, calls, sums)
    /// and the text it is sorted by within its group.
    var factorRank = 0
    var sortText = ""
    /// Whether the piece is a number times powers of variables or of polynomials (`3x²y`,
    /// `x/2`, `(x − 1)³/3`): a term of a polynomial or a series written out, whose sum keeps
    /// strict degree order. For a sum: whether all its terms are.
    var isMonomial = false

    /// The piece written on its own, with its sign.
    func standalone(_ style: Printer.Style) -> PrintedText {
        negative ? "\(Piece.minus(style))\(text)" : text
    }

    /// The piece as an operand that must bind at least as tightly as `minimum`.
    func operand(_ minimum: Precedence, _ style: Printer.Style) -> PrintedText {
        let effective: Precedence = negative ? min(precedence, .unary) : precedence
        let written = standalone(style)
        return effective < minimum ? Piece.parenthesized(written, style) : written
    }

    static func minus(_ style: Printer.Style) -> String { style == .unicode ? "−" : "-" }

    static func parenthesized(_ text: PrintedText, _ style: Printer.Style) -> PrintedText {
        style == .latex ? "\\left(\(text)\\right)" : "(\(text))"
    }
}
