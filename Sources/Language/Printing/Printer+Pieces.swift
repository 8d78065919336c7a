import BigInt

/// How each kind of node is written, given its children already written.
extension Printer {
    /// A node written, and for a power its base written too (a product puts `x^-2` under a bar as `x²`).
    struct Written {
        var piece: Piece
        var base: Piece? = nil
    }

    func piece(_ node: Node, _ children: [Written]) -> Piece {
        switch node {
        case .number(let value): return numberPiece(value)
        case .constant(let constant): return constantPiece(constant)
        case .symbol(let name): return symbolPiece(name)
        case .call(let function, _): return callPiece(function, children.map(\.piece))
        case .power(_, let exponent): return powerPiece(children[0].piece, exponent, children[1].piece)
        case .product(let factors): return productPiece(factors, children)
        case .sum: return sumPiece(children.map(\.piece))
        }
    }

    // MARK: Atoms

    /// An exact number in full (folded when long, see ``NumberFormat``); a double to the
    /// chosen digits, with `1.0` written so as a coefficient or exponent so it never reads as exact.
    func numberPiece(_ value: Number, asCoefficient: Bool = false) -> Piece {
        if let (n, d) = value.exactParts {
            let top = exactNumeral(n.magnitude)
            if d == 1 { return Piece(text: top, precedence: .atom, negative: n.sign == .minus, factorRank: 2, isMonomial: true) }
            let bottom = exactNumeral(d.magnitude)
            let text: PrintedText = style == .latex ? "\\frac{\(top)}{\(bottom)}" : "\(top)/\(bottom)"
            return Piece(text: text, precedence: style == .latex ? .atom : .product, negative: n.sign == .minus, factorRank: 2,
                         isMonomial: true)
        }
        let x = value.doubleValue
        do {
            if x.isNaN { return Piece(text: numeral(style == .latex ? "\\mathrm{NaN}" : "nan"), precedence: .atom) }
            var text = numberFormat.string(x.magnitude)
            if asCoefficient, x.magnitude == 1 { text = "1.0" }
            if x.isInfinite, style == .latex { text = "\\infty" }
            if style == .latex, let e = text.firstIndex(of: "e") {
                text = "\(text[..<e]) \\cdot 10^{\(text[text.index(after: e)...])}"
                return Piece(text: numeral(text), precedence: .power, negative: x < 0, factorRank: 2, isMonomial: true)
            }
            return Piece(text: numeral(text), precedence: .atom, negative: x < 0, factorRank: 2, isMonomial: true)
        }
    }

    /// An exact integer's digits, each line of a folded one a numeral of its own.
    private func exactNumeral(_ magnitude: BigUInt) -> PrintedText {
        let digits = magnitude.description
        guard NumberFormat.folds(digits, style: style) else { return numeral(digits) }
        let lines = NumberFormat.foldedLines(digits).map { numeral(String($0)) }
        return lines.joined(separator: NumberFormat.foldSeparator(style))
    }

    func constantPiece(_ constant: Constant) -> Piece {
        let text: String
        switch (constant, style) {
        case (.pi, .unicode): text = "π"
        case (.pi, .latex): text = "\\pi"
        default: text = constant.rawValue
        }
        return Piece(text: PrintedText(text), precedence: .atom, startsWithLetter: true, factorRank: 0, sortText: text, isMonomial: true)
    }

    func symbolPiece(_ name: String) -> Piece {
        Piece(text: PrintedText(style == .latex ? Printer.latexName(name) : name), precedence: .atom,
              startsWithLetter: true, degree: 1, hasSymbols: true, factorRank: 1, sortText: name, isMonomial: true)
    }

    func callPiece(_ function: MathFunction, _ arguments: [Piece]) -> Piece {
        let inside = arguments.map { $0.standalone(style) }.joined(separator: ", ")
        let text: PrintedText =
            style == .latex ? Printer.latexCall(function, inside) : "\(function.rawValue)(\(inside))"
        let rank = Printer.displayRank[function] ?? 99
        return Piece(text: text, precedence: function == .exp && style == .latex ? .power : .atom,
                     hasSymbols: arguments.contains { $0.hasSymbols }, factorRank: 3,
                     sortText: String(format2(rank)) + text.plain)
    }

    private func format2(_ rank: Int) -> String { rank < 10 ? "0\(rank)" : "\(rank)" }

    // MARK: Powers

    func powerPiece(_ base: Piece, _ exponent: Expr, _ exponentPiece: Piece) -> Piece {
        if let e = exponent.number, e.isNegative {
            let denominator = raisedText(base, -e)
            let text: PrintedText =
                style == .latex ? "\\frac{1}{\(denominator.text)}" : "\(numeral("1"))/\(wrapDenominator(denominator))"
            return Piece(text: text, precedence: style == .latex ? .atom : .product,
                         hasSymbols: base.hasSymbols, factorRank: 4, sortText: text.plain)
        }
        var piece = raisedText(base, exponent.number ?? .zero, exponentPiece: exponent.number == nil ? exponentPiece : nil)
        piece.hasSymbols = base.hasSymbols || exponentPiece.hasSymbols
        return piece
    }

    /// `base^exponent` for a positive exponent: `x²`, `sqrt(x)`, `x^(1/3)`, `x^y`.
    func raisedText(_ base: Piece, _ exponent: Number, exponentPiece: Piece? = nil) -> Piece {
        var result = Piece(text: PrintedText(), precedence: .power, startsWithLetter: base.startsWithLetter,
                           hasSymbols: base.hasSymbols, factorRank: base.factorRank == 5 ? 4 : base.factorRank,
                           sortText: base.sortText)
        if exponentPiece == nil, exponent.isOne { return base }
        if exponentPiece == nil, exponent == .fraction(1, 2) {
            result.text = style == .latex ? "\\sqrt{\(base.standalone(style))}" : "sqrt(\(base.standalone(style)))"
            result.precedence = .atom
            result.startsWithLetter = false
            return result
        }
        let baseText = base.operand(.atom, style)
        if let exponentPiece {
            switch style {
            case .latex: result.text = "\(baseText)^{\(exponentPiece.standalone(style))}"
            default: result.text = "\(baseText)^\(exponentPiece.operand(.atom, style))"
            }
            return result
        }
        if base.factorRank == 1 || base.factorRank == 5, let n = exponent.integerValue { result.degree = base.degree * n }
        result.isMonomial = exponent.integerValue != nil && (base.factorRank == 1 || base.factorRank == 5 && base.isMonomial)
        switch (style, exponent) {
        case (.latex, _):
            result.text = "\(baseText)^{\(numberPiece(exponent).standalone(style))}"
        case (.unicode, _) where exponent.integerValue != nil:
            result.text = "\(baseText)\(Printer.superscript(exponent.integerValue!))"
        case (_, _) where exponent.realValue == 1:
            result.text = "\(baseText)^\(numeral("1.0"))"
        default:
            result.text = "\(baseText)^\(numberPiece(exponent).operand(.atom, style))"
        }
        return result
    }

    private func wrapDenominator(_ piece: Piece) -> PrintedText {
        piece.operand(.power, style)
    }
}
