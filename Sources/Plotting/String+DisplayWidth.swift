extension String {
    /// The number of terminal columns this string occupies.
    ///
    /// Control characters and combining marks take no columns, East Asian wide characters
    /// and most emoji take two, everything else one. Braille (U+2800–U+28FF), box drawing
    /// and block elements are one column, as in every common terminal font. Plots carry
    /// colour beside their text (``InkedLine``), so no escape sequence is ever measured.
    public var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + Self.columns(of: $1) }
    }

    /// Columns taken by one scalar.
    static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0xFE00...0xFE0F).contains(value) { return 0 }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
        0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]

    /// `self` followed by spaces up to `width` display columns (unchanged if wider).
    func padded(toWidth width: Int) -> String {
        let missing = width - displayWidth
        return missing > 0 ? self + String(repeating: " ", count: missing) : self
    }

    /// Spaces before `self` up to `width` display columns (unchanged if wider).
    func leftPadded(toWidth width: Int) -> String {
        let missing = width - displayWidth
        return missing > 0 ? String(repeating: " ", count: missing) + self : self
    }

    /// `self` cut to at most `width` columns, ending in `ellipsis` when cut.
    func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard displayWidth > width else { return self }
        guard width > 0 else { return "" }
        let room = width - ellipsis.displayWidth
        var kept = String.UnicodeScalarView()
        var used = 0
        for scalar in unicodeScalars {
            let columns = Self.columns(of: scalar)
            if used + columns > room { break }
            kept.append(scalar)
            used += columns
        }
        return room >= 0 ? String(kept) + ellipsis : String(kept)
    }
}
