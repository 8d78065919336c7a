import Language

/// How much symbolic work one built-in call may do, measured in new expression nodes:
/// repeated differentiation can grow an expression geometrically (`diff(x^x^x^x, x, 18)`
/// would need gigabytes), so the growth is checked after every step and refused past the limit.
struct NodeBudget {
    /// Two million nodes: a few hundred megabytes at most.
    static let maximumNewNodes = 2_000_000

    let function: String
    let range: SourceRange
    private let start = Expr.storedNodeCount

    init(function: String, at range: SourceRange) {
        self.function = function
        self.range = range
    }

    /// Throws when the call has built more than ``maximumNewNodes`` nodes since it began;
    /// `advice` tells the student what to ask for instead.
    func check(advice: String) throws(LanguageError) {
        guard Expr.storedNodeCount - start > NodeBudget.maximumNewNodes else { return }
        throw .invalidArgument(function: function,
                               message: "the result grew past \(NodeBudget.maximumNewNodes) expression nodes, the limit for one call; \(advice)",
                               at: range)
    }
}
