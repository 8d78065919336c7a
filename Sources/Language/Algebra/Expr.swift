/// A mathematical expression: a handle to a shared, canonical node.
///
/// Expressions are built with the operators `+ - * /`, ``power(_:_:)`` and
/// ``call(_:_:)``, which keep every result in the simplified form a textbook
/// prints (like terms collected, equal factors merged, constants folded), so
/// `x + x` is already `2*x`. Two expressions are equal exactly when they are the
/// same canonical node; equal subexpressions are stored once.
public struct Expr: Hashable, Sendable {
    let id: Int32

    init(_ node: Node) {
        id = ExprStore.shared.intern(node)
    }

    var node: Node { ExprStore.shared.node(id) }

    /// The length of the longest chain of nested subexpressions (a symbol has depth 0).
    public var depth: Int { ExprStore.shared.depth(id) }

    public static func number(_ value: Number) -> Expr { Expr(.number(value)) }
    public static func integer(_ value: Int) -> Expr { Expr(.number(.integer(value))) }
    public static func real(_ value: Double) -> Expr { Expr(.number(.real(value))) }
    public static func fraction(_ numerator: Int, _ denominator: Int) -> Expr {
        Expr(.number(.fraction(numerator, denominator)))
    }
    public static func symbol(_ name: String) -> Expr { Expr(.symbol(name)) }
    public static func constant(_ constant: Constant) -> Expr { Expr(.constant(constant)) }

    public static var zero: Expr { .integer(0) }
    public static var one: Expr { .integer(1) }

    /// The number this expression is, when it is one.
    public var number: Number? {
        if case .number(let value) = node { return value }
        return nil
    }

    /// The variable's name, when this expression is a single variable.
    public var symbolName: String? {
        if case .symbol(let name) = node { return name }
        return nil
    }

    /// The function and arguments, when this expression is a call such as `sin(x)`.
    public var call: (function: MathFunction, arguments: [Expr])? {
        if case .call(let function, let arguments) = node { return (function, arguments) }
        return nil
    }

    /// The variables the expression mentions, in alphabetical order.
    public var freeSymbols: [String] {
        var seen = Set<Int32>()
        var names = Set<String>()
        var stack = [self]
        while let expr = stack.popLast() {
            guard seen.insert(expr.id).inserted else { continue }
            let node = expr.node
            if case .symbol(let name) = node { names.insert(name) }
            stack.append(contentsOf: node.children)
        }
        return names.sorted()
    }

    /// Whether the expression mentions the variable `name`.
    public func contains(symbol name: String) -> Bool {
        freeSymbols.contains(name)
    }

    /// The number of distinct nodes: the size of the shared graph.
    public var nodeCount: Int {
        var seen = Set<Int32>()
        var stack = [self]
        while let expr = stack.popLast() {
            guard seen.insert(expr.id).inserted else { continue }
            stack.append(contentsOf: expr.node.children)
        }
        return seen.count
    }

    /// Every distinct subexpression, children before parents.
    var topologicalOrder: [Expr] { Expr.topologicalOrder(of: [self]) }

    /// Every distinct subexpression of `roots`, children before parents, in depth-first
    /// post-order: it follows the expressions' structure only, never when a node was
    /// created, so numbering and floating-point accumulation are the same in every process.
    static func topologicalOrder(of roots: [Expr]) -> [Expr] {
        var order: [Expr] = []
        var seen = Set<Int32>()
        var stack: [(expr: Expr, childrenDone: Bool)] = roots.reversed().map { ($0, false) }
        while let (expr, childrenDone) = stack.popLast() {
            if childrenDone {
                order.append(expr)
                continue
            }
            guard seen.insert(expr.id).inserted else { continue }
            stack.append((expr, true))
            stack.append(contentsOf: expr.node.children.reversed().map { ($0, false) })
        }
        return order
    }

    init(id: Int32) { self.id = id }
}
