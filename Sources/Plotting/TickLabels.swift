import Foundation

/// Writes the labels of one axis so they read as a set.
///
/// Rules: all labels share one number of decimals, the fewest that show every tick
/// exactly (`0.0 0.5 1.0`, `-2 0 2`); zero is never `-0`. When fixed notation
/// would need more than 10 columns (`1e300`, `0.0000000000002`) and scientific is
/// shorter, labels switch to scientific notation with a shared number of mantissa
/// decimals (`5.0e299 1.0e300`), zero still written `0`.
enum TickLabels {
    static func labels(for values: [Double], step: Double) -> [String] {
        let decimals = fixedDecimals(values, step: step)
        let fixed = values.map { NumberText.fixed($0, decimals: decimals) }
        let fixedWidth = fixed.map(\.count).max() ?? 0
        guard fixedWidth > 10 else { return fixed }
        let mantissaDecimals = scientificDecimals(values, step: step)
        let scientific = values.map { NumberText.scientific($0, decimals: mantissaDecimals) }
        let scientificWidth = scientific.map(\.count).max() ?? 0
        return scientificWidth < fixedWidth ? scientific : fixed
    }

    /// Labels for powers of ten on a logarithmic axis: plain decimals (`0.01`, `1`,
    /// `100`) while every exponent lies in -3...3, otherwise `1e-10`, `1e0`, `1e5`.
    static func powerLabels(for exponents: [Int]) -> [String] {
        if exponents.allSatisfy({ (-3...3).contains($0) }) {
            return exponents.map { NumberText.shortest(pow(10, Double($0))) }
        }
        return exponents.map { "1e\($0)" }
    }

    private static func fixedDecimals(_ values: [Double], step: Double) -> Int {
        for decimals in 0...20 {
            let scale = pow(10, Double(decimals))
            let tolerance = 0.01 * abs(step) * scale
            let exact = values.allSatisfy { value in
                let scaled = value * scale
                return abs(scaled - scaled.rounded()) <= tolerance
            }
            if exact { return decimals }
        }
        return 20
    }

    private static func scientificDecimals(_ values: [Double], step: Double) -> Int {
        var needed = 0
        for value in values where value != 0 && value.isFinite {
            let (mantissa, exponent) = NumberText.split(value)
            let mantissaStep = abs(step) / pow(10, Double(exponent))
            for decimals in 0...15 {
                let scale = pow(10, Double(decimals))
                let scaled = mantissa * scale
                if abs(scaled - scaled.rounded()) <= 0.01 * mantissaStep * scale || decimals == 15 {
                    needed = max(needed, decimals)
                    break
                }
            }
        }
        return needed
    }
}
