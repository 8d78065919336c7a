/// The line shown under a computation that runs longer than a second, such as
/// `sgd  1,200,000 of 100,000,000 steps  1%  600,000 steps/s  (Ctrl-C stops)`;
/// it is overwritten in place and erased when the computation ends.
public struct ProgressLine: Sendable, Equatable {
    public var label: String
    public var done: Int
    public var total: Int
    /// Seconds since the computation started.
    public var elapsed: Double

    public init(label: String, done: Int, total: Int, elapsed: Double) {
        self.label = label
        self.done = done
        self.total = total
        self.elapsed = elapsed
    }

    /// How long a computation runs before its progress is shown.
    public static let delay = 1.0

    /// The line, cut to `width` columns.
    public func text(width: Int) -> String {
        var parts = [label.isEmpty ? "working" : label]
        if total > 0 {
            parts.append("\(ProgressLine.grouped(done)) of \(ProgressLine.grouped(total)) steps")
            parts.append("\(min(100, done * 100 / total))%")
        } else {
            parts.append("\(ProgressLine.grouped(done)) steps")
        }
        if elapsed > 0 {
            parts.append("\(ProgressLine.grouped(Int((Double(done) / elapsed).rounded()))) steps/s")
        }
        parts.append("(Ctrl-C stops)")
        let line = parts.joined(separator: "  ")
        return String(line.prefix(max(0, width - 1)))
    }

    /// `1234567` as `1,234,567`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }
}
