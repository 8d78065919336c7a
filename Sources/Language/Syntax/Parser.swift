/// A recursive-descent parser for cells, one function per precedence level.
///
/// From loosest to tightest: `a..b`; `+ -`; `* /`; unary minus; `^` (right-associative,
/// so `2^3^2` is `2^9`, and tighter than unary minus, so `-x^2` is `-(x^2)`); a number
/// followed by a name or `(` multiplies (`2x`, `3(x + 1)`); superscripts (`x²`);
/// calls `f(x, lr = 0.1)`, subscripts `Out[2]`, lists `[a, b]`, parentheses.
///
/// The depth of the tree it builds is bounded by ``maximumDepth``: every bracket, unary
/// operator and every operator of a chain (`x + x + … + x` is a left-deep tree as tall as
/// it is long) counts a level, so later stages may recurse on the tree without
/// exhausting the stack.
public struct Parser {
    /// How deeply brackets and operators may nest before the parser gives up with
    /// ``SyntaxError/tooDeep(limit:at:)`` instead of exhausting the stack.
    public static let maximumDepth = 10_000

    private var tokens: [Token]
    private var position = 0
    private var depth = 0

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// A parser for `tokens` whose brackets nest at most ``maximumDepth`` deep, checked in
    /// one linear pass so that a line of a million `(` is refused at once.
    init(checking tokens: [Token]) throws(SyntaxError) {
        var open = 0
        for token in tokens {
            switch token.kind {
            case .leftParenthesis, .leftBracket:
                open += 1
                if open > Parser.maximumDepth { throw .tooDeep(limit: Parser.maximumDepth, at: token.range) }
            case .rightParenthesis, .rightBracket:
                open = max(0, open - 1)
            default:
                break
            }
        }
        self.init(tokens: tokens)
    }

    /// Parses a whole cell: an expression, an assignment or a function definition.
    public static func parseCell(_ text: String) throws(SyntaxError) -> Cell {
        var parser = try Parser(checking: try Lexer.tokens(of: text))
        if parser.current.kind == .end { return .empty }
        let left = try parser.expression()
        if parser.current.kind == .equals {
            let equals = parser.advance()
            let value = try parser.expression()
            try parser.expectEnd()
            return try assignment(left, value, equals: equals.range)
        }
        try parser.expectEnd()
        return .expression(left)
    }

    /// Parses a single expression, such as an exercise's answer.
    public static func parseExpression(_ text: String) throws(SyntaxError) -> Syntax {
        var parser = try Parser(checking: try Lexer.tokens(of: text))
        if parser.current.kind == .end { throw .emptyInput }
        let syntax = try parser.expression()
        try parser.expectEnd()
        return syntax
    }

    private static func assignment(_ left: Syntax, _ value: Syntax, equals: SourceRange) throws(SyntaxError) -> Cell {
        switch left {
        case .name(let name, let range):
            return .assignment(name: name, nameRange: range, value: value)
        case .call(let name, _, let arguments, let range):
            var parameters: [String] = []
            for argument in arguments {
                guard argument.label == nil, case .name(let parameter, let parameterRange) = argument.value else {
                    throw .invalidAssignment(at: argument.range)
                }
                if parameters.contains(parameter) { throw .duplicateParameter(parameter, at: parameterRange) }
                parameters.append(parameter)
            }
            return .definition(name: name, parameters: parameters, body: value, range: range)
        default:
            throw .invalidAssignment(at: left.range)
        }
    }

    // MARK: - Tokens

    private var current: Token { tokens[position] }

    @discardableResult
    private mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private func isOperator(_ symbol: Character) -> Bool {
        current.kind == .symbol(symbol)
    }

    private mutating func expectEnd() throws(SyntaxError) {
        guard current.kind == .end else {
            if current.kind == .rightParenthesis || current.kind == .rightBracket {
                throw .unmatchedClosing(current.description, at: current.range)
            }
            throw .unexpected(current.description, expected: "an operator or the end of the cell", at: current.range)
        }
    }

    private mutating func nested<T>(_ body: (inout Parser) throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maximumDepth { throw .tooDeep(limit: Parser.maximumDepth, at: current.range) }
        return try body(&self)
    }

    /// One more operator of a left-deep chain such as `a + b + c` or `x[1][2]`: the
    /// caller restores `depth` when the chain ends.
    private mutating func deepenChain() throws(SyntaxError) {
        depth += 1
        if depth > Parser.maximumDepth { throw .tooDeep(limit: Parser.maximumDepth, at: current.range) }
    }

    // MARK: - Grammar

    private mutating func expression() throws(SyntaxError) -> Syntax {
        try nested { (parser: inout Parser) throws(SyntaxError) -> Syntax in
            let low = try parser.additive()
            guard parser.current.kind == .dots else { return low }
            parser.advance()
            let high = try parser.additive()
            return .range(low, high, low.range.union(high.range))
        }
    }

    private mutating func additive() throws(SyntaxError) -> Syntax {
        var left = try multiplicative()
        let chainStart = depth
        defer { depth = chainStart }
        while isOperator("+") || isOperator("-") {
            let op: Syntax.BinaryOperator = isOperator("+") ? .add : .subtract
            try deepenChain()
            advance()
            let right = try multiplicative()
            left = .binary(op, left, right, left.range.union(right.range))
        }
        return left
    }

    private mutating func multiplicative() throws(SyntaxError) -> Syntax {
        var left = try unary()
        let chainStart = depth
        defer { depth = chainStart }
        while isOperator("*") || isOperator("/") {
            let op: Syntax.BinaryOperator = isOperator("*") ? .multiply : .divide
            try deepenChain()
            advance()
            let right = try unary()
            left = .binary(op, left, right, left.range.union(right.range))
        }
        return left
    }

    private mutating func unary() throws(SyntaxError) -> Syntax {
        if isOperator("-") || isOperator("+") {
            let sign = advance()
            let operand = try nested { (parser: inout Parser) throws(SyntaxError) in try parser.unary() }
            return sign.kind == .symbol("-") ? .negate(operand, sign.range.union(operand.range)) : operand
        }
        return try power()
    }

    private mutating func power() throws(SyntaxError) -> Syntax {
        let base = try juxtaposition()
        guard isOperator("^") else { return base }
        advance()
        let exponent = try nested { (parser: inout Parser) throws(SyntaxError) in try parser.unary() }
        return .binary(.power, base, exponent, base.range.union(exponent.range))
    }

    /// `2x`, `3(x + 1)`, `2x²`: a number directly followed by a name or a parenthesis.
    private mutating func juxtaposition() throws(SyntaxError) -> Syntax {
        let left = try postfix()
        guard case .number = left else { return left }
        switch current.kind {
        case .identifier, .leftParenthesis:
            let right = try power()
            return .binary(.multiply, left, right, left.range.union(right.range))
        default:
            return left
        }
    }

    private mutating func postfix() throws(SyntaxError) -> Syntax {
        var result = try primary()
        let chainStart = depth
        defer { depth = chainStart }
        while true {
            switch current.kind {
            case .superscript, .leftBracket, .dot:
                try deepenChain()
            default:
                break
            }
            switch current.kind {
            case .superscript(let exponent):
                let token = advance()
                let power = Syntax.number(String(exponent), token.range)
                let exponentSyntax: Syntax = exponent < 0
                    ? .negate(.number(String(-exponent), token.range), token.range) : power
                result = .binary(.power, result, exponentSyntax, result.range.union(token.range))
            case .leftBracket:
                let open = advance()
                let index = try expression()
                let close = try expectClosing(.rightBracket, "]", opened: open)
                result = .element(result, index, result.range.union(close.range))
            case .dot:
                advance()
                guard case .identifier(let name) = current.kind else {
                    throw .unexpected(current.description, expected: "a name after '.'", at: current.range)
                }
                let nameToken = advance()
                result = .member(result, name, result.range.union(nameToken.range))
            default:
                return result
            }
        }
    }

    private mutating func primary() throws(SyntaxError) -> Syntax {
        let token = current
        switch token.kind {
        case .number(let text):
            advance()
            return .number(text, token.range)
        case .string(let text):
            advance()
            return .string(text, token.range)
        case .identifier(let name):
            advance()
            guard current.kind == .leftParenthesis else { return .name(name, token.range) }
            return try callArguments(name: name, nameRange: token.range)
        case .leftParenthesis:
            let open = advance()
            let inner = try expression()
            let close = try expectClosing(.rightParenthesis, ")", opened: open)
            return Parser.widen(inner, to: open.range.union(close.range))
        case .leftBracket:
            let open = advance()
            var elements: [Syntax] = []
            if current.kind != .rightBracket {
                elements.append(try expression())
                while current.kind == .comma {
                    advance()
                    elements.append(try expression())
                }
            }
            let close = try expectClosing(.rightBracket, "]", opened: open)
            return .list(elements, open.range.union(close.range))
        case .end:
            throw .unexpected(token.description, expected: "an expression", at: token.range)
        default:
            throw .unexpected(token.description, expected: "an expression", at: token.range)
        }
    }

    private mutating func callArguments(name: String, nameRange: SourceRange) throws(SyntaxError) -> Syntax {
        let open = advance()
        var arguments: [Syntax.Argument] = []
        if current.kind != .rightParenthesis {
            repeat {
                if current.kind == .comma { advance() }
                arguments.append(try argument())
            } while current.kind == .comma
        }
        let close = try expectClosing(.rightParenthesis, ")", opened: open)
        return .call(name, nameRange: nameRange, arguments, nameRange.union(close.range))
    }

    private mutating func argument() throws(SyntaxError) -> Syntax.Argument {
        if case .identifier(let label) = current.kind, tokens[position + 1].kind == .equals {
            let labelToken = advance()
            advance()
            return Syntax.Argument(label: label, labelRange: labelToken.range, value: try expression())
        }
        return Syntax.Argument(value: try expression())
    }

    private mutating func expectClosing(
        _ kind: Token.Kind, _ symbol: Character, opened open: Token
    ) throws(SyntaxError) -> Token {
        guard current.kind == kind else {
            let opener: Character = symbol == ")" ? "(" : "["
            throw .unclosed(opener, expected: symbol, openedAt: open.range, at: current.range, found: current.description)
        }
        return advance()
    }

    /// Parentheses widen a node's range so errors underline what the student wrote.
    private static func widen(_ syntax: Syntax, to range: SourceRange) -> Syntax {
        switch syntax {
        case .number(let text, _): return .number(text, range)
        case .name(let name, _): return .name(name, range)
        case .negate(let operand, _): return .negate(operand, range)
        case .binary(let op, let left, let right, _): return .binary(op, left, right, range)
        case .call(let name, let nameRange, let arguments, _): return .call(name, nameRange: nameRange, arguments, range)
        case .element(let base, let index, _): return .element(base, index, range)
        case .member(let base, let name, _): return .member(base, name, range)
        case .string(let text, _): return .string(text, range)
        case .list(let elements, _): return .list(elements, range)
        case .range(let low, let high, _): return .range(low, high, range)
        }
    }
}
