/// Sums and products: ordering terms and factors, signs, and denominators.
extension Printer {
    /// `3x²·y`, `2x/7`, `1/(2·sqrt(x))`, `-sin(x)`: the coefficient first, variables,
    /// then calls, then sums in parentheses; negative powers go under a fraction bar.
    func productPiece(_ factors: [Expr], _ written: [Written]) -> Piece {
        var coefficient = Number.one
        var numerator: [Piece] = []
        var denominator: [Piece] = []
        for (factor, written) in zip(factors, written) {
            if let value = factor.number {
                coefficient = coefficient * value
            } else if case .power(_, let exponent) = factor.node, let e = exponent.number, e.isNegative,
                      let base = written.base {
                denominator.append(raisedText(base, -e))
            } else {
                numerator.append(written.piece)
            }
        }
        let negative = coefficient.isNegative
        let magnitude = negative ? -coefficient : coefficient
        numerator.sort(by: Printer.factorOrder)
        denominator.sort(by: Printer.factorOrder)
        let body = numerator
        // A sum as a plain factor (`x·(y − x²)`) is factored, not written out.
        let isMonomial = denominator.isEmpty && body.allSatisfy { $0.isMonomial && $0.factorRank != 5 }
        if let (n, d) = magnitude.exactParts {
            if n != 1 || numerator.isEmpty { numerator.insert(numberPiece(.integer(n)), at: 0) }
            if d != 1 { denominator.insert(numberPiece(.integer(d)), at: 0) }
        } else {
            numerator.insert(numberPiece(magnitude, asCoefficient: !numerator.isEmpty), at: 0)
        }

        var piece = Piece(text: PrintedText(), precedence: .product, negative: negative)
        piece.hasSymbols = (body + denominator).contains { $0.hasSymbols }
        piece.degree = body.reduce(0) { $0 + $1.degree } - denominator.reduce(0) { $0 + $1.degree }
        piece.factorRank = 4
        piece.isMonomial = isMonomial
        piece.sortText = body.map(\.sortText).joined(separator: "*") + "/" + denominator.map(\.sortText).joined()

        let top = joinFactors(numerator)
        if denominator.isEmpty {
            piece.text = top
            if numerator.count == 1 {
                piece.precedence = numerator[0].precedence
                piece.startsWithLetter = numerator[0].startsWithLetter
                piece.factorRank = numerator[0].factorRank
            }
            return piece
        }
        let bottom = joinFactors(denominator)
        if style == .latex {
            piece.text = "\\frac{\(top)}{\(bottom)}"
            piece.precedence = .atom
            return piece
        }
        let topText = numerator.count == 1 ? numerator[0].operand(.product, style) : top
        let bottomText: PrintedText = denominator.count == 1 ? denominator[0].operand(.power, style) : "(\(bottom))"
        piece.text = "\(topText)/\(bottomText)"
        return piece
    }

    /// Factors side by side: `3x²·y` (Unicode), `3*x^2*y` (ASCII), `3 x^{2} y` (LaTeX).
    private func joinFactors(_ factors: [Piece]) -> PrintedText {
        var text = PrintedText()
        for (index, factor) in factors.enumerated() {
            let written = factor.operand(.power, style)
            if index > 0 {
                let previous = factors[index - 1]
                let previousIsNumber = previous.factorRank == 2 && !previous.hasSymbols && previous.precedence == .atom
                switch style {
                case .ascii: text.append("*")
                case .unicode:
                    let juxtapose = previousIsNumber && index == 1 && factor.startsWithLetter
                        && text.plain.last?.isNumber == true
                    text.append(juxtapose ? "" : "·")
                case .latex: text.append(written.plain.first?.isNumber == true ? " \\cdot " : " ")
                }
            }
            text += written
        }
        return text
    }

    /// `x² + 3x − 1`, `1 − tanh(x)²`: terms by degree, constants last, a positive term first.
    /// A polynomial or series of three terms or more keeps its degree order, as a textbook
    /// writes it (`−x⁶/720 + x⁴/24 − x²/2 + 1`), taking only a positive term of the leading
    /// degree first.
    func sumPiece(_ terms: [Piece]) -> Piece {
        var ordered = terms.sorted(by: Printer.termOrder)
        let keepsDegreeOrder = ordered.count > 2 && ordered.allSatisfy(\.isMonomial)
        let leadingDegree = ordered.first?.degree
        if ordered.first?.negative == true,
           let positive = ordered.firstIndex(where: { !$0.negative && (!keepsDegreeOrder || $0.degree == leadingDegree) }) {
            ordered.insert(ordered.remove(at: positive), at: 0)
        }
        var text = ordered[0].standalone(style)
        for term in ordered.dropFirst() {
            text.append(term.negative ? " \(Piece.minus(style)) " : " + ")
            text.append(term.text)
        }
        var piece = Piece(text: text, precedence: .sum)
        piece.hasSymbols = terms.contains { $0.hasSymbols }
        piece.degree = terms.map(\.degree).max() ?? 0
        piece.factorRank = 5
        piece.isMonomial = terms.allSatisfy(\.isMonomial)
        piece.sortText = text.plain
        return piece
    }

    static func termOrder(_ a: Piece, _ b: Piece) -> Bool {
        if a.hasSymbols != b.hasSymbols { return a.hasSymbols }
        if a.degree != b.degree { return a.degree > b.degree }
        return a.sortText < b.sortText
    }

    static func factorOrder(_ a: Piece, _ b: Piece) -> Bool {
        if a.factorRank != b.factorRank { return a.factorRank < b.factorRank }
        return a.sortText < b.sortText
    }
}
