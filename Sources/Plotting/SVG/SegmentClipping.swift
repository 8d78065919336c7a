/// Cuts polylines to the unit square, so that every drawn point lies inside the plot
/// area; a run leaves the square where it crosses the edge (Liang–Barsky clipping).
enum SegmentClipping {
    /// The parts of the polyline through `points` (fractions; nil breaks the line)
    /// that lie inside `0...1 × 0...1`, as unbroken runs.
    static func runs(_ points: [(x: Double, y: Double)?]) -> [[(x: Double, y: Double)]] {
        var runs: [[(x: Double, y: Double)]] = []
        var current: [(x: Double, y: Double)] = []
        func finish() {
            if current.count > 1 { runs.append(current) }
            current = []
        }
        for (start, end) in zip(points, points.dropFirst()) {
            guard let start, let end, let (a, b) = clip(start, end) else {
                finish()
                continue
            }
            if let last = current.last, last.x == a.x, last.y == a.y {
                current.append(b)
            } else {
                finish()
                current = [a, b]
            }
        }
        finish()
        return runs
    }

    static func clip(_ p: (x: Double, y: Double), _ q: (x: Double, y: Double)) -> ((x: Double, y: Double), (x: Double, y: Double))? {
        var t0 = 0.0, t1 = 1.0
        let dx = q.x - p.x, dy = q.y - p.y
        for (denominator, numerator) in [(-dx, p.x), (dx, 1 - p.x), (-dy, p.y), (dy, 1 - p.y)] {
            if denominator == 0 {
                if numerator < 0 { return nil }
                continue
            }
            let t = numerator / denominator
            if denominator < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            if t0 > t1 { return nil }
        }
        let point = { (t: Double) in (x: min(max(p.x + t * dx, 0), 1), y: min(max(p.y + t * dy, 0), 1)) }
        return (point(t0), point(t1))
    }
}
