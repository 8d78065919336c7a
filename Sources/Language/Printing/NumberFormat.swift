import BigInt
import Foundation

/// How numbers are written. A decimal takes the shortest form that keeps `digits`
/// significant digits; an exact integer is written in full whatever `digits` says.
///
///     NumberFormat(digits: 12).string(0.1)        // "0.1", not "0.1000000000000000055"
///     NumberFormat(digits: 12).string(1.0 / 3)    // "0.333333333333"
///     NumberFormat(digits: 12).string(1e-5)       // "1e-5"
public struct NumberFormat: Sendable, Equatable {
    public var digits: Int

    /// Exact integers longer than this many digits are folded into lines of this many.
    public static let foldWidth = 60

    public init(digits: Int = 12) {
        self.digits = min(max(digits, 1), 17)
    }

    public func string(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return "0" }
        // %g drops trailing zeros, so this is already the shortest text with `digits` digits.
        return tidyExponent(format(value, precision: digits))
    }

    private func format(_ value: Double, precision: Int) -> String {
        String(format: "%.\(precision)g", value)
    }

    /// `1e-05` → `1e-5`, `1e+20` → `1e20`.
    private func tidyExponent(_ text: String) -> String {
        guard let e = text.firstIndex(of: "e") else { return text }
        let mantissa = text[..<e]
        var exponent = text[text.index(after: e)...]
        var sign = ""
        if exponent.first == "-" { sign = "-" }
        if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
        let trimmed = exponent.drop { $0 == "0" }
        return "\(mantissa)e\(sign)\(trimmed.isEmpty ? "0" : String(trimmed))"
    }

    /// The digits of an exact integer. Past ``foldWidth`` digits, Unicode output folds
    /// into lines of that many digits, each ending in a `\` continuation as `bc` prints,
    /// and LaTeX output allows a line break between them; ASCII stays on one line so
    /// that it reads back as input.
    public func exactString(_ magnitude: BigUInt, style: Printer.Style) -> String {
        let text = magnitude.description
        guard NumberFormat.folds(text, style: style) else { return text }
        return NumberFormat.foldedLines(text).joined(separator: NumberFormat.foldSeparator(style))
    }

    /// Whether ``exactString(_:style:)`` folds these digits into lines.
    static func folds(_ digits: String, style: Printer.Style) -> Bool {
        digits.count > foldWidth && style != .ascii
    }

    /// The digits in lines of ``foldWidth``, the last one shorter.
    static func foldedLines(_ digits: String) -> [Substring] {
        var lines: [Substring] = []
        var rest = Substring(digits)
        while !rest.isEmpty {
            lines.append(rest.prefix(foldWidth))
            rest = rest.dropFirst(foldWidth)
        }
        return lines
    }

    /// What goes between two lines of a folded integer: `\` and a line break, or LaTeX's `\allowbreak`.
    static func foldSeparator(_ style: Printer.Style) -> String {
        style == .latex ? "\\allowbreak " : "\\\n"
    }
}
