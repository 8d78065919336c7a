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
        guard text.count > NumberFormat.foldWidth, style != .ascii else { return text }
        var lines: [Substring] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            lines.append(rest.prefix(NumberFormat.foldWidth))
            rest = rest.dropFirst(NumberFormat.foldWidth)
        }
        return lines.joined(separator: style == .latex ? "\\allowbreak " : "\\\n")
    }
}
