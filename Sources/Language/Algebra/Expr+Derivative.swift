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
/// Every subexpression is differentiated once, children before parents, so the
/// derivative of a deep composition costs time and space proportional to its size.
extension Expr {
    /// The derivative with respect to the variable `name`.
    ///
    ///     (x^3/3).derivative(withRespectTo: "x")   // x^2
    public func derivative(withRespectTo name: String) -> Expr {
        var derivatives: [Expr: Expr] = [:]
        for expr in topologicalOrder {
            derivatives[expr] = expr.localDerivative(name) { derivatives[$0]! }
        }
        return derivatives[self]!
    }

    /// The `order`-th derivative with respect to `name`.
    public func derivative(withRespectTo name: String, order: Int) -> Expr {
        var result = self
        for _ in 0..<max(order, 0) { result = result.derivative(withRespectTo: name) }
        return result
    }

    private func localDerivative(_ name: String, of child: (Expr) -> Expr) -> Expr {
        switch node {
        case .number, .constant:
            return .zero
        case .symbol(let symbol):
            return symbol == name ? .one : .zero
        case .sum(let terms):
            return .sum(terms.map(child))
        case .product(let factors):
            var terms: [Expr] = []
            for (index, factor) in factors.enumerated() {
                let d = child(factor)
                if d == .zero { continue }
                var others = factors
                others[index] = d
                terms.append(.product(others))
            }
            return .sum(terms)
        case .power(let base, let exponent):
            let db = child(base), de = child(exponent)
            if de == .zero {
                return .product([exponent, .power(base, exponent - .one), db])
            }
            if db == .zero {
                return .product([self, .call(.log, [base]), de])
            }
            return self * (de * .call(.log, [base]) + exponent * db / base)
        case .call(let function, let arguments):
            if function.arity == 2 {
                let (a, b) = (arguments[0], arguments[1])
                let chooseFirst = function == .min ? Expr.call(.step, [b - a]) : .call(.step, [a - b])
                let chooseSecond = function == .min ? Expr.call(.step, [a - b]) : .call(.step, [b - a])
                return chooseFirst * child(a) + chooseSecond * child(b)
            }
            let inner = child(arguments[0])
            if inner == .zero { return .zero }
            return outerDerivative(function, arguments[0]) * inner
        }
    }

    private func outerDerivative(_ function: MathFunction, _ u: Expr) -> Expr {
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
