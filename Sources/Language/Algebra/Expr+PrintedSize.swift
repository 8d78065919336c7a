extension Expr {
    /// How many leaves (numbers, variables, constants) the expression has when written out
    /// in full, counting a shared subexpression once for every place it appears, and at most
    /// `limit`. Every leaf prints at least one character, so this is a lower bound on the
    /// printed length that costs one visit per distinct node, however large the print would be.
    public func writtenLeafCount(atMost limit: Int) -> Int {
        var counts: [Int32: Int] = [:]
        for expr in topologicalOrder {
            let children = expr.node.children
            if children.isEmpty {
                counts[expr.id] = 1
                continue
            }
            var total = 0
            for child in children {
                let (sum, overflow) = total.addingReportingOverflow(counts[child.id] ?? 0)
                total = overflow ? limit : min(sum, limit)
            }
            counts[expr.id] = total
        }
        return min(counts[id] ?? 0, limit)
    }
}
