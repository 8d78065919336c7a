/// The key under a plot: a sample of each series' or path's mark and its name.
struct Legend: Sendable {
    struct Entry: Sendable {
        /// What the series looks like (`───`, `●`, `*`), drawn in `ink`.
        var sample: String
        var ink: Ink
        var name: String
    }

    var entries: [Entry]

    /// Entries three spaces apart, wrapped to `width` columns, each line starting
    /// `indent` columns in (under the plotting area).
    func lines(width: Int, indent: Int, color: Bool) -> [InkedLine] {
        let indent = entries.isEmpty || indent >= width / 2 ? 0 : indent
        let margin = InkedLine(String(repeating: " ", count: indent))
        var lines: [InkedLine] = []
        var current = InkedLine()
        var used = 0
        for entry in entries {
            let room = width - indent
            let plainWidth = entry.sample.displayWidth + 1
            let name = entry.name.truncated(toWidth: max(1, room - plainWidth))
            let entryWidth = plainWidth + name.displayWidth
            var text = InkedLine(entry.sample, ink: color ? entry.ink : .plain)
            text.append(" " + name)
            if used > 0 && used + 3 + entryWidth > room {
                lines.append(margin + current)
                current = InkedLine()
                used = 0
            }
            if used > 0 {
                current.append("   ")
                used += 3
            }
            current.append(text)
            used += entryWidth
        }
        if used > 0 { lines.append(margin + current) }
        return lines
    }
}
