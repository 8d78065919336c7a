import Language
import Plotting

/// Named options such as `lr = 0.1`, `logy = true`, `title = "loss"`.
extension Arguments {
    func option(_ label: String) -> Named? {
        named.first { $0.label == label }
    }

    /// A numeric option, evaluated to a double within `bounds`.
    func number(_ label: String, default value: Double, in bounds: ClosedRange<Double> = -.infinity...(.infinity))
        throws(LanguageError) -> Double
    {
        guard let option = option(label) else { return value }
        guard let expr = Interpreter.expression(of: option.value), let number = try? expr.evaluate(),
              number.isFinite || bounds.upperBound.isInfinite, bounds.contains(number) else {
            throw .invalidArgument(function: function,
                                   message: "\(label) must be a number\(Arguments.describe(bounds))", at: option.range)
        }
        return number
    }

    /// A whole-number option within `bounds`.
    func integer(_ label: String, default value: Int, in bounds: ClosedRange<Int>) throws(LanguageError) -> Int {
        guard let option = option(label) else { return value }
        guard let expr = Interpreter.expression(of: option.value), let number = try? expr.evaluate(),
              let whole = Int(exactly: number), bounds.contains(whole) else {
            throw .invalidArgument(function: function,
                                   message: "\(label) must be a whole number from \(bounds.lowerBound) to \(bounds.upperBound)",
                                   at: option.range)
        }
        return whole
    }

    /// `true`/`false` (or 1/0).
    func flag(_ label: String, default value: Bool) throws(LanguageError) -> Bool {
        guard let option = option(label) else { return value }
        if let expr = Interpreter.expression(of: option.value) {
            if expr.symbolName == "true" || expr.number?.doubleValue == 1 { return true }
            if expr.symbolName == "false" || expr.number?.doubleValue == 0 { return false }
        }
        throw .invalidArgument(function: function, message: "\(label) must be true or false", at: option.range)
    }

    /// A text option such as `title = "loss"`.
    func text(_ label: String) throws(LanguageError) -> String? {
        guard let option = option(label) else { return nil }
        guard case .text(let text) = option.value else {
            throw .invalidArgument(function: function, message: "\(label) must be text in quotes, as in \(label) = \"…\"",
                                   at: option.range)
        }
        return text
    }

    /// A range option such as `y = -1..1`.
    func interval(_ label: String) throws(LanguageError) -> Interval? {
        guard let option = option(label) else { return nil }
        return try Arguments.interval(option.value, function: function, label: label, at: option.range)
    }

    static func interval(_ value: Value, function: String, label: String, at range: SourceRange) throws(LanguageError) -> Interval {
        guard case .range(let low, let high) = value, let a = try? low.evaluate(), let b = try? high.evaluate() else {
            throw .invalidArgument(function: function, message: "\(label) must be a range of numbers, as in \(label) = -2..2",
                                   at: range)
        }
        guard a.isFinite, b.isFinite, a < b else {
            throw .invalidArgument(function: function,
                                   message: "\(label) = \(NumberFormat().string(a))..\(NumberFormat().string(b)) is empty: the start must be below the end",
                                   at: range)
        }
        return Interval(a, b)
    }

    /// The numbers of a list argument, such as the data of `scatter([1, 2, 3], [2, 4, 5])`.
    func numbers(_ value: Value, role: String, at range: SourceRange) throws(LanguageError) -> [Double] {
        guard case .list(let values) = value else {
            throw .invalidArgument(function: function, message: "\(role) must be a list of numbers such as [1, 2, 3]", at: range)
        }
        var numbers: [Double] = []
        numbers.reserveCapacity(values.count)
        for element in values {
            if case .number(let number) = element {
                numbers.append(number)
                continue
            }
            guard let expr = Interpreter.expression(of: element), let number = expr.number?.doubleValue ?? (try? expr.evaluate()) else {
                throw .invalidArgument(function: function, message: "\(role) must be a list of numbers such as [1, 2, 3]",
                                       at: range)
            }
            numbers.append(number)
        }
        return numbers
    }

    private static func describe(_ bounds: ClosedRange<Double>) -> String {
        switch (bounds.lowerBound.isFinite, bounds.upperBound.isFinite) {
        case (true, true): return " from \(NumberFormat().string(bounds.lowerBound)) to \(NumberFormat().string(bounds.upperBound))"
        case (true, false): return bounds.lowerBound == 0 ? " ≥ 0" : " ≥ \(NumberFormat().string(bounds.lowerBound))"
        default: return ""
        }
    }
}
