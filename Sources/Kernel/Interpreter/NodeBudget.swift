import Language

/// How much symbolic work one built-in call may do, measured in new expression nodes.
///
/// Repeated differentiation can grow an expression geometrically (`diff(x^x^x^x, x, 18)`
/// would need gigabytes), so before each step the budget predicts that step's growth from
/// the last two (each step grows about `ratio` times the one before) and refuses a step that
/// would pass the limit, rather than discovering it afterwards.
struct NodeBudget {
    /// A million nodes: about 200 MB in the expression store.
    static let maximumNewNodes = 1_000_000

    let function: String
    let range: SourceRange
    private let start = Expr.storedNodeCount
    private var previousCount = Expr.storedNodeCount
    private var lastGrowth = 0
    private var ratio = 1.0

    init(function: String, at range: SourceRange) {
        self.function = function
        self.range = range
    }

    /// Records the step just taken and throws when the next one, growing as the last did,
    /// would take the call past ``maximumNewNodes``; `advice` tells the student what to ask for instead.
    mutating func check(advice: String) throws(LanguageError) {
        let count = Expr.storedNodeCount
        let growth = count - previousCount
        if lastGrowth > 0 { ratio = max(1, Double(growth) / Double(lastGrowth)) }
        lastGrowth = growth
        previousCount = count
        let predicted = Double(count - start) + Double(growth) * ratio
        guard predicted > Double(NodeBudget.maximumNewNodes) else { return }
        throw .invalidArgument(function: function,
                               message: "the result would grow past \(NodeBudget.maximumNewNodes) expression nodes, the limit for one call; \(advice)",
                               at: range)
    }
}
