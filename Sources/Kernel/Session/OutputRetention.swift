/// Which results a session keeps for `Out[n]`.
///
/// The REPL keeps every one. A batch run (`descent run`, `-e`, a pipe) knows all its cells in
/// advance, so it keeps only the results they name with a literal `Out[7]`, plus the last
/// ``windowSize`` for an index computed as the run goes (`Out[k + 1]`); `_` is always kept.
/// A file of a million cells then holds a few results instead of all of them.
public enum OutputRetention: Sendable, Equatable {
    case all
    /// The numbers named literally, and a window of recent results when some index is computed.
    case numbers(Set<Int>, window: Int)

    /// How many recent results a batch run keeps when a cell computes an `Out` index.
    public static let windowSize = 100

    /// What keeps the results the cells can reach.
    public static func referenced(by cells: [String]) -> OutputRetention {
        var numbers = Set<Int>()
        var computed = false
        for cell in cells {
            var rest = Substring(cell)
            while let range = rest.range(of: "Out[") {
                rest = rest[range.upperBound...]
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                if let number = Int(digits), rest.dropFirst(digits.count).first == "]" {
                    numbers.insert(number)
                } else {
                    computed = true
                }
            }
        }
        return .numbers(numbers, window: computed ? windowSize : 0)
    }

    /// Whether the newest result, `number`, is stored.
    func keeps(_ number: Int) -> Bool {
        switch self {
        case .all: return true
        case .numbers(let numbers, let window): return window > 0 || numbers.contains(number)
        }
    }

    /// The result that falls out of the window when `latest` arrives, if any.
    func evicted(when latest: Int) -> Int? {
        guard case .numbers(let numbers, let window) = self, window > 0 else { return nil }
        let old = latest - window
        return old >= 1 && !numbers.contains(old) ? old : nil
    }

    /// Whether `number` was let go on purpose, so a reference to it needs saying so.
    public func forgot(_ number: Int, latest: Int) -> Bool {
        switch self {
        case .all: return false
        case .numbers(let numbers, let window):
            return number >= 1 && number <= latest && !numbers.contains(number) && number <= latest - window
        }
    }
}
