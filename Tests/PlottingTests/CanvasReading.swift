import Plotting

/// Reads the plotting area back out of rendered plot lines, for tests that check
/// which dots a plot lit.
struct CanvasReading {
    /// The canvas rows: text between the left frame and the right frame.
    let rows: [[Character]]

    init(_ lines: [String]) {
        let top = lines.firstIndex { $0.contains("┌") || $0.trimmingPrefix(while: { $0 == " " }).hasPrefix("+-") } ?? 0
        let bottom = lines.lastIndex { $0.contains("└") || $0.contains("++") } ?? lines.count
        rows = lines[(top + 1)..<bottom].map { line in
            let characters = Array(line)
            let left = characters.firstIndex { "│┤|+".contains($0) }!
            let right = characters.lastIndex { "│|".contains($0) }!
            return Array(characters[(left + 1)..<right])
        }
    }

    var columns: Int { rows.first?.count ?? 0 }

    /// Every lit braille dot as (x, y) from the top-left, in dot units.
    var brailleDots: Set<[Int]> {
        var dots = Set<[Int]>()
        let bits: [(x: Int, y: Int)] = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (0, 3), (1, 3)]
        for (row, characters) in rows.enumerated() {
            for (column, character) in characters.enumerated() {
                guard let scalar = character.unicodeScalars.first, (0x2801...0x28FF).contains(scalar.value) else { continue }
                let pattern = scalar.value - 0x2800
                for (bit, offset) in bits.enumerated() where pattern & (1 << bit) != 0 {
                    dots.insert([column * 2 + offset.x, row * 4 + offset.y])
                }
            }
        }
        return dots
    }

    /// Every non-blank cell as (column, row).
    var markedCells: Set<[Int]> {
        var cells = Set<[Int]>()
        for (row, characters) in rows.enumerated() {
            for (column, character) in characters.enumerated() where character != " " && character != "\u{2800}" {
                cells.insert([column, row])
            }
        }
        return cells
    }
}
