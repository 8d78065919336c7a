/// Splits a cell into tokens.
///
/// Numbers are `3`, `0.25`, `.5`, `1e-3`; identifiers are letters, digits and `_`
/// starting with a letter or `_` (so `xy` is one name); `π` reads as `pi`.
/// The Unicode the printer writes reads back: `−` `·` `×` `÷` and superscripts `x²`.
public struct Lexer {
    private let characters: [Character]
    private var index = 0

    public init(_ text: String) {
        characters = Array(text)
    }

    /// All tokens of the cell, ending with `.end`.
    public static func tokens(of text: String) throws(SyntaxError) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private static let superscriptDigits: [Character: Int] = [
        "⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9,
    ]

    private var current: Character? { index < characters.count ? characters[index] : nil }
    private func peek(_ offset: Int) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    private mutating func next() throws(SyntaxError) -> Token {
        while let c = current, c.isSpace { index += 1 }
        let start = index
        guard let c = current else {
            // The end of input is one column past the last character, so a caret can point at it.
            return Token(kind: .end, range: SourceRange(start + 1, start + 2))
        }
        if c.isASCIIDigit || (c == "." && peek(1)?.isASCIIDigit == true) {
            return number(from: start)
        }
        if c.isNameLetter || c == "_" {
            if c.asciiValue == nil && c == "π" { index += 1; return token(.identifier("pi"), from: start) }
            while let d = current, d.isNameCharacter { index += 1 }
            return token(.identifier(String(characters[start..<index])), from: start)
        }
        if let byte = c.asciiValue {
            index += 1
            return try asciiSymbol(byte, c, from: start)
        }
        if Lexer.superscriptDigits[c] != nil || c == "⁻" {
            return try superscript(from: start)
        }
        index += 1
        switch c {
        case "−": return token(.symbol("-"), from: start)
        case "·", "×", "⋅": return token(.symbol("*"), from: start)
        case "÷": return token(.symbol("/"), from: start)
        case "“", "”": return try string(from: start)
        default:
            throw .unexpectedCharacter(c, at: SourceRange(start + 1, start + 2))
        }
    }

    /// The token starting with the ASCII character `c` (its byte `byte`), just consumed:
    /// matched on the byte, without comparing Unicode strings.
    private mutating func asciiSymbol(_ byte: UInt8, _ c: Character, from start: Int) throws(SyntaxError) -> Token {
        switch byte {
        case UInt8(ascii: "*") where current == "*":
            index += 1
            return token(.symbol("^"), from: start)
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "^"):
            return token(.symbol(c), from: start)
        case UInt8(ascii: "("): return token(.leftParenthesis, from: start)
        case UInt8(ascii: ")"): return token(.rightParenthesis, from: start)
        case UInt8(ascii: "["): return token(.leftBracket, from: start)
        case UInt8(ascii: "]"): return token(.rightBracket, from: start)
        case UInt8(ascii: ","): return token(.comma, from: start)
        case UInt8(ascii: "="): return token(.equals, from: start)
        case UInt8(ascii: "."):
            if current == "." { index += 1; return token(.dots, from: start) }
            if current?.isLetter == true { return token(.dot, from: start) }
            throw .unexpectedCharacter(".", at: SourceRange(start + 1, start + 2))
        case UInt8(ascii: "\""):
            return try string(from: start)
        default:
            throw .unexpectedCharacter(c, at: SourceRange(start + 1, start + 2))
        }
    }

    private func token(_ kind: Token.Kind, from start: Int) -> Token {
        Token(kind: kind, range: SourceRange(start + 1, index + 1))
    }

    private mutating func number(from start: Int) -> Token {
        while current?.isASCIIDigit == true { index += 1 }
        // A point followed by a digit (or nothing numeric, as in `2.`) is a decimal point,
        // but `1..3` is a range.
        if current == ".", peek(1) != "." {
            index += 1
            while current?.isASCIIDigit == true { index += 1 }
        }
        if current == "e" || current == "E" {
            let digitsStart = (peek(1) == "+" || peek(1) == "-") ? 2 : 1
            if peek(digitsStart)?.isASCIIDigit == true {
                index += digitsStart
                while current?.isASCIIDigit == true { index += 1 }
            }
        }
        return token(.number(String(characters[start..<index])), from: start)
    }

    private mutating func string(from start: Int) throws(SyntaxError) -> Token {
        var text = ""
        while let c = current, c != "\"", c != "”" {
            text.append(c)
            index += 1
        }
        guard current != nil else { throw .unterminatedString(at: SourceRange(start + 1, index + 1)) }
        index += 1
        return token(.string(text), from: start)
    }

    private mutating func superscript(from start: Int) throws(SyntaxError) -> Token {
        var sign = 1
        if current == "⁻" { sign = -1; index += 1 }
        var value = 0
        var digits = 0
        while let c = current, let digit = Lexer.superscriptDigits[c] {
            value = value &* 10 &+ digit
            digits += 1
            index += 1
        }
        guard digits > 0, digits < 10 else {
            throw .unexpectedCharacter("⁻", at: SourceRange(start + 1, index + 1))
        }
        return token(.superscript(sign * value), from: start)
    }
}

extension Character {
    /// ASCII characters are answered from their byte, without Unicode property lookups,
    /// so that a megabyte cell lexes in linear time with a small constant.
    var isASCIIDigit: Bool {
        guard let byte = asciiValue else { return false }
        return byte >= 48 && byte <= 57
    }

    var isSpace: Bool {
        guard let byte = asciiValue else { return isWhitespace }
        return byte == 32 || (byte >= 9 && byte <= 13)
    }

    /// A letter (other than `π`, which is a name by itself), an ASCII digit or `_`: what
    /// continues a name.
    var isNameCharacter: Bool {
        guard let byte = asciiValue else { return isLetter && self != "π" }
        return (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 95
    }

    var isNameLetter: Bool {
        guard let byte = asciiValue else { return isLetter }
        return (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
