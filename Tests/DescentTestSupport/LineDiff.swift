/// The lines two texts share and where they differ, found by longest common subsequence and
/// shown as a unified diff (`@@ -a,b +c,d @@`, context lines with a space, removed with `-`,
/// added with `+`), as `diff -u` prints it.
public struct LineDiff: Sendable {
    /// One line of the edit script.
    public enum Line: Equatable, Sendable {
        case same(String)
        case removed(String)
        case added(String)
    }

    public let lines: [Line]

    public init(from old: String, to new: String) {
        lines = Self.script(
            old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
            new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    /// The edit script from `a` to `b` by dynamic programming over the common suffixes.
    private static func script(_ a: [String], _ b: [String]) -> [Line] {
        let width = b.count + 1
        var common = [Int](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                common[i * width + j] =
                    a[i] == b[j]
                    ? common[(i + 1) * width + j + 1] + 1
                    : max(common[(i + 1) * width + j], common[i * width + j + 1])
            }
        }
        var result: [Line] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                result.append(.same(a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || common[(i + 1) * width + j] >= common[i * width + j + 1] {
                result.append(.removed(a[i]))
                i += 1
            } else {
                result.append(.added(b[j]))
                j += 1
            }
        }
        return result
    }

    /// The diff with `context` unchanged lines around each change, headed `--- fromName`, `+++ toName`;
    /// at most `limit` lines of it, then a count of what was left out.
    public func unified(fromName: String, toName: String, context: Int = 3, limit: Int = 400) -> String {
        let changed = lines.indices.filter { !isSame(lines[$0]) }
        guard !changed.isEmpty else { return "" }
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(lines.count - 1, index + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...range.upperBound
            } else {
                hunks.append(range)
            }
        }
        var output = ["--- \(fromName)", "+++ \(toName)"]
        for hunk in hunks {
            let before = lines[..<hunk.lowerBound]
            let oldStart = before.filter { !isAdded($0) }.count + 1
            let newStart = before.filter { !isRemoved($0) }.count + 1
            let body = lines[hunk]
            output.append(
                "@@ -\(oldStart),\(body.filter { !isAdded($0) }.count) +\(newStart),\(body.filter { !isRemoved($0) }.count) @@"
            )
            for line in body {
                switch line {
                case .same(let text): output.append(" " + text)
                case .removed(let text): output.append("-" + text)
                case .added(let text): output.append("+" + text)
                }
            }
        }
        guard output.count > limit else { return output.joined(separator: "\n") }
        return (output.prefix(limit) + ["… \(output.count - limit) more lines of diff"]).joined(separator: "\n")
    }

    private func isSame(_ line: Line) -> Bool {
        if case .same = line { true } else { false }
    }

    private func isAdded(_ line: Line) -> Bool {
        if case .added = line { true } else { false }
    }

    private func isRemoved(_ line: Line) -> Bool {
        if case .removed = line { true } else { false }
    }
}
