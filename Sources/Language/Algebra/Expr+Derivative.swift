/// Exact symbolic differentiation.
///
/// The rules, with `u' = du/dx`:
/// ```
/// (u + v)' = u' + v'            (u·v)' = u'·v + u·v'
/// (u^n)'   = n·u^(n-1)·u'       (a^u)' = a^u·log(a)·u'
/// (u^v)'   = u^v·(v'·log(u) + v·u'/u)
/// sin' = cos   cos' = -sin   tan' = tan² + 1   tanh' = 1 - tanh²
/// exp' = exp   log' = 1/u    sigmoid' = sigmoid·(1 - sigmoid)
/// relu' = step  softplus' = sigmoid  abs' = sign  sign' = step' = 0
/// min(a, b)' = step(b - a)·a' + step(a - b)·b'  (ties take neither: 0)
/// ```
/// Only the subexpressions that depend on the variable are differentiated, each once,
/// children before parents; a sum passes on the derivatives of just those terms. The
/// factors a chain rule stacks up (`cos(u₉)·cos(u₈)·…`) are kept in a list and multiplied
/// out once, where the derivative is used, instead of rebuilding a longer product at every
/// level. So `diff` of a deep composition, and `grad` of a sum of many variables, construct
/// a number of nodes and edges proportional to the expression's graph.
extension Expr {
    /// The derivative with respect to the variable `name`.
    ///
    ///     (x^3/3).derivative(withRespectTo: "x")   // x^2
    public func derivative(withRespectTo name: String) -> Expr {
        Differentiation(self).derivative(withRespectTo: name)
    }

    /// The derivatives with respect to each of `names`, in order: the gradient. The graph is
    /// walked once, and each variable differentiates only what depends on it.
    public func gradient(withRespectTo names: [String]) -> [Expr] {
        let differentiation = Differentiation(self)
        return names.map { differentiation.derivative(withRespectTo: $0) }
    }

    /// The `order`-th derivative with respect to `name`.
    public func derivative(withRespectTo name: String, order: Int) -> Expr {
        var result = self
        for _ in 0..<max(order, 0) { result = result.derivative(withRespectTo: name) }
        return result
    }

    /// The derivative with respect to `name`, calling `poll` every thousand or so nodes
    /// differentiated: an error thrown from it (an interrupt) ends the derivative there.
    public func derivative<Failure: Error>(withRespectTo name: String,
                                           poll: () throws(Failure) -> Void) throws(Failure) -> Expr {
        try Differentiation(self).derivative(withRespectTo: name, poll: poll)
    }

    func outerDerivative(_ function: MathFunction, _ u: Expr) -> Expr {
        let two = Expr.integer(2)
        switch function {
        case .sin: return .call(.cos, [u])
        case .cos: return -.call(.sin, [u])
        case .tan: return .power(self, two) + .one
        case .asin: return .power(.one - .power(u, two), .fraction(-1, 2))
        case .acos: return -.power(.one - .power(u, two), .fraction(-1, 2))
        case .atan: return .one / (.power(u, two) + .one)
        case .sinh: return .call(.cosh, [u])
        case .cosh: return .call(.sinh, [u])
        case .tanh: return .one - .power(self, two)
        case .exp: return self
        case .log: return .one / u
        case .sqrt: return .one / (two * self)
        case .abs: return .call(.sign, [u])
        case .sign, .step: return .zero
        case .sigmoid: return self * (.one - self)
        case .relu: return .call(.step, [u])
        case .softplus: return .call(.sigmoid, [u])
        case .min, .max: preconditionFailure("two-argument functions are handled by the caller")
        }
    }
}
