import Foundation

/// The ways this module writes numbers as text.
///
/// Every form writes negative zero as `0` (never `-0`), and non-finite values as
/// `nan`, `inf` and `-inf`.
enum NumberText {
    /// The shortest text that reads back as exactly `value`: `0.1`, `100`, `1e-10`.
    ///
    /// This is Swift's round-trip description with a trailing `.0` removed.
    static func shortest(_ value: Double) -> String {
        if let special = nonFinite(value) { return special }
        if value == 0 { return "0" }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// `value` with `digits` significant digits in C's `%g` style, with the exponent
    /// written as the language writes it: `0.3`, `1e-10`, `1.5e300`.
    static func significant(_ value: Double, digits: Int) -> String {
        if let special = nonFinite(value) { return special }
        return withoutNegativeZero(tidyExponent(String(format: "%.\(max(1, digits))g", value)))
    }

    /// `1e-05` → `1e-5`, `1.5e+300` → `1.5e300`.
    static func tidyExponent(_ text: String) -> String {
        guard let e = text.firstIndex(of: "e") else { return text }
        var exponent = text[text.index(after: e)...]
        let sign = exponent.first == "-" ? "-" : ""
        if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
        let digits = exponent.drop { $0 == "0" }
        return text[...e] + sign + (digits.isEmpty ? "0" : digits)
    }

    /// `value` with exactly `decimals` digits after the point: `2.50`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        if let special = nonFinite(value) { return special }
        return withoutNegativeZero(String(format: "%.\(max(0, decimals))f", value))
    }

    /// `mantissa e exponent` with `decimals` mantissa decimals: `2.5e300`, `1e-13`.
    /// Zero is written `0`.
    static func scientific(_ value: Double, decimals: Int) -> String {
        if let special = nonFinite(value) { return special }
        if value == 0 { return "0" }
        var (mantissa, exponent) = split(value)
        let rounded = fixed(mantissa, decimals: decimals)
        if let back = Double(rounded), abs(back) >= 10 {
            mantissa /= 10
            exponent += 1
        }
        return "\(fixed(mantissa, decimals: decimals))e\(exponent)"
    }

    /// About `digits` significant digits in the most compact readable form, for
    /// legends and bar values: `2509`, `0.0103`, `316`, `1e-10`, `2.5e300`.
    static func compact(_ value: Double, digits: Int = 3) -> String {
        if let special = nonFinite(value) { return special }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e-4 && magnitude < 1e6 {
            let decimals = max(0, digits - 1 - Int(floor(log10(magnitude))))
            return trimmingZeros(fixed(value, decimals: decimals))
        }
        let text = scientific(value, decimals: max(0, digits - 1))
        guard let e = text.firstIndex(of: "e") else { return text }
        return trimmingZeros(String(text[..<e])) + text[e...]
    }

    /// Mantissa in [1, 10) and decimal exponent of a non-zero finite value.
    static func split(_ value: Double) -> (mantissa: Double, exponent: Int) {
        let exponent = Int(floor(log10(abs(value))))
        let mantissa = value / pow(10, Double(exponent))
        return (mantissa, exponent)
    }

    private static func nonFinite(_ value: Double) -> String? {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return nil
    }

    /// Removes the sign from any rendering of zero, such as `-0.00` or `-0e+00`.
    private static func withoutNegativeZero(_ text: String) -> String {
        guard text.hasPrefix("-") else { return text }
        let isZero = text.dropFirst().allSatisfy { $0 == "0" || $0 == "." || $0 == "e" || $0 == "+" }
        return isZero ? String(text.dropFirst()) : text
    }

    private static func trimmingZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.hasSuffix("0") { result = result.dropLast() }
        if result.hasSuffix(".") { result = result.dropLast() }
        return String(result)
    }
}
