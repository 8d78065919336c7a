/// Text the printer writes, with the spans that are numerals marked (`2.5`, `1` and `3` in
/// `1/3`, `inf`), so a front end can style numbers where they were written instead of finding
/// them again in the text.
///
/// A printer asked only for a `String` marks nothing, and then this is a string with an empty
/// list beside it: joining pieces costs what joining strings costs.
struct PrintedText {
    private(set) var plain: String
    /// The numerals as UTF-8 offsets into `plain`, in order; two numerals that touch are one.
    private(set) var numerals: [Range<Int>] = []

    init(_ plain: String = "") {
        self.plain = plain
    }

    /// `text` as one numeral.
    init(numeral text: String) {
        plain = text
        if !text.isEmpty { numerals = [0..<text.utf8.count] }
    }

    mutating func append(_ other: PrintedText) {
        if !other.numerals.isEmpty {
            let offset = plain.utf8.count
            var added = other.numerals[...]
            if let last = numerals.last, last.upperBound == offset, let first = added.first, first.lowerBound == 0 {
                numerals[numerals.count - 1] = last.lowerBound..<(first.upperBound + offset)
                added = added.dropFirst()
            }
            numerals += added.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
        }
        plain += other.plain
    }

    mutating func append(_ text: String) {
        plain += text
    }

    static func + (left: PrintedText, right: PrintedText) -> PrintedText {
        var result = left
        result.append(right)
        return result
    }

    static func += (left: inout PrintedText, right: PrintedText) {
        left.append(right)
    }

    /// The text in runs: each numeral a `.number` run, the text between them unstyled.
    var styled: StyledText {
        var result = StyledText()
        let utf8 = plain.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var position = 0
        for numeral in numerals {
            result.append(String(plain[index(position)..<index(numeral.lowerBound)]))
            result.append(String(plain[index(numeral.lowerBound)..<index(numeral.upperBound)]), .number)
            position = numeral.upperBound
        }
        result.append(String(plain[index(position)...]))
        return result
    }
}

extension PrintedText: ExpressibleByStringInterpolation {
    init(stringLiteral value: String) {
        self.init(value)
    }

    init(stringInterpolation: Interpolation) {
        self = stringInterpolation.text
    }

    /// Literal text with printed pieces interpolated, their numerals kept: `"(\(inside))"`.
    struct Interpolation: StringInterpolationProtocol {
        var text = PrintedText()

        init(literalCapacity: Int, interpolationCount: Int) {
            text.plain.reserveCapacity(literalCapacity + 2 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) {
            text.append(literal)
        }

        mutating func appendInterpolation(_ piece: PrintedText) {
            text.append(piece)
        }

        mutating func appendInterpolation(_ string: some StringProtocol) {
            text.append(String(string))
        }
    }
}

extension [PrintedText] {
    /// The texts one after another with `separator` between them: `a, b, c`.
    func joined(separator: String) -> PrintedText {
        var result = PrintedText()
        for (index, text) in enumerated() {
            if index > 0 { result.append(separator) }
            result.append(text)
        }
        return result
    }
}
