import Language

/// The slips of calculus a rule can recognise in a wrong answer, beyond a pointwise difference.
///
/// - the chain rule's inner derivative left out: `cos(x²)` for `2x·cos(x²)`, which is the
///   answer divided by the derivative of an inner function the student wrote;
/// - the function typed instead of its derivative: `x³ + x` for `3x² + 1`, whose derivative
///   is the answer;
/// - an expression where a number was asked: `2x` for the slope at x = 4, which is right once
///   evaluated at a number the question names.
struct CalculusSlip {
    /// The answer as typed, to find the inner functions the student wrote.
    var syntax: Syntax
    var answer: Expr
    var expected: Expr
    var points: [[String: Double]]
    var comparison: Comparison

    /// What to tell the student, or nil when no rule recognises the slip.
    func feedback() -> String? {
        missingInnerFactor() ?? functionInsteadOfDerivative()
    }

    /// `u'` when `answer · u'` is the expected answer for an inner function `u` of the answer.
    func missingInnerFactor() -> String? {
        let printer = Printer(style: .unicode)
        for inner in Self.innerArguments(of: syntax) {
            guard case .success(let u) = AnswerReader.algebraic(inner) else { continue }
            for variable in variables where u.contains(symbol: variable) {
                let factor = u.derivative(withRespectTo: variable)
                if factor == .one || factor == .zero { continue }
                if agrees(answer * factor, expected) {
                    return "Yours is missing the factor \(printer.string(factor)), the derivative of the inner function \(printer.string(u)): the chain rule multiplies by it."
                }
            }
        }
        return nil
    }

    /// Whether the student typed a function whose derivative (with respect to one of the
    /// variables) is the answer.
    func functionInsteadOfDerivative() -> String? {
        guard expected.freeSymbols.contains(where: { !$0.isEmpty }) else { return nil }
        for variable in variables where agrees(answer.derivative(withRespectTo: variable), expected) {
            return "That is a function whose derivative is the answer, not the derivative itself: differentiate it with respect to \(variable)."
        }
        return nil
    }

    /// When `expected` is a number and the answer an expression in one variable that equals it
    /// at a number the question names: the message asking to evaluate it there.
    static func unevaluated(_ answer: Expr, expected: Expr, question: String, comparison: Comparison) -> String? {
        let names = answer.freeSymbols
        guard expected.freeSymbols.isEmpty, names.count == 1, let target = try? expected.evaluate() else { return nil }
        let printer = Printer(style: .unicode)
        for value in numbers(in: question) {
            guard let yours = try? answer.evaluate([names[0]: value]), comparison.close(yours, target) else { continue }
            return "That is the right expression; now evaluate it at \(names[0]) = \(printer.string(.real(value))): the answer is a number."
        }
        return "The answer is a number: evaluate your expression in \(names[0]) at the point the question gives."
    }

    /// The numbers written in `text`, such as 4 and −1.5 in "at x = 4 and y = −1.5".
    static func numbers(in text: String) -> [Double] {
        var found: [Double] = []
        var current = ""
        func flush() {
            let trimmed = current.hasSuffix(".") ? String(current.dropLast()) : current
            if let value = Double(trimmed), !found.contains(value) { found.append(value) }
            current = ""
        }
        for character in text {
            if character.isASCII, character.isNumber || (character == "." && !current.isEmpty) {
                current.append(character)
            } else if (character == "-" || character == "−"), current.isEmpty {
                current = "-"
            } else {
                flush()
            }
        }
        flush()
        return found
    }

    /// Arguments of the functions and bases of the powers in `syntax`: the candidates for an
    /// inner function. A bare variable is left out, as its derivative is 1.
    static func innerArguments(of syntax: Syntax) -> [Syntax] {
        var found: [Syntax] = []
        func visit(_ node: Syntax) {
            switch node {
            case .call(_, _, let arguments, _):
                for argument in arguments where argument.label == nil {
                    if !isName(argument.value) { found.append(argument.value) }
                    visit(argument.value)
                }
            case .binary(let op, let left, let right, _):
                if op == .power, !isName(left) { found.append(left) }
                visit(left)
                visit(right)
            case .negate(let inner, _):
                visit(inner)
            default:
                break
            }
        }
        visit(syntax)
        return found
    }

    private static func isName(_ syntax: Syntax) -> Bool {
        if case .name = syntax { return true }
        return false
    }

    /// The variables of the answer and the student's expression, in alphabetical order.
    private var variables: [String] {
        Set(answer.freeSymbols + expected.freeSymbols).sorted()
    }

    private func agrees(_ candidate: Expr, _ target: Expr) -> Bool {
        !points.isEmpty && points.allSatisfy { point in
            let value = (try? candidate.evaluate(point)) ?? .nan
            let wanted = (try? target.evaluate(point)) ?? .nan
            return value.isFinite && wanted.isFinite && comparison.close(value, wanted)
        }
    }
}
