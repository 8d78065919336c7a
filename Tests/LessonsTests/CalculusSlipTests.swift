import Testing
@testable import Lessons

/// The feedback rules for unanticipated wrong answers: a chain rule's missing inner
/// derivative, the function typed for its derivative, and an expression where a number
/// was asked.
@Suite struct CalculusSlipTests {
    static func verdict(answer: String, question: String = "q", given: String) -> Verdict {
        var exercise = Exercise(number: 1, line: 1, question: question, answer: answer)
        if answer.hasPrefix("[") { exercise.kind = .vector }
        return AnswerChecker(instance: ExerciseInstance(exercise: exercise, lessonID: "t", seed: 1), seed: 1).check(given)
    }

    static func message(_ verdict: Verdict) -> String {
        switch verdict {
        case .wrong(_, let feedback): feedback
        case .refused(_, let message): message
        default: ""
        }
    }

    @Test(arguments: [
        ("2*x*cos(x^2)", "cos(x^2)", "2x", "x²"),
        ("7*cos(7*x)", "cos(7*x)", "7", "7x"),
        ("3*sigmoid(3*x)*(1 - sigmoid(3*x))", "sigmoid(3*x)*(1 - sigmoid(3*x))", "3", "3x"),
        ("6*x*(x^2 + 1)^2", "3*(x^2 + 1)^2", "2x", "x² + 1"),
        ("2*w*x*cos(w^2*x)", "cos(w^2*x)", "2w·x", "w²·x"),
    ])
    func namesTheMissingInnerDerivative(answer: String, given: String, factor: String, inner: String) {
        let verdict = Self.verdict(answer: answer, given: given)
        #expect(!verdict.isCorrect && verdict.countsAsTry)
        #expect(Self.message(verdict) == "Yours is missing the factor \(factor), the derivative of the inner function \(inner): the chain rule multiplies by it.")
    }

    @Test func namesTheComponentOfAVectorWithTheSlip() {
        let verdict = Self.verdict(answer: "[2*x*cos(x^2)*y, sin(x^2)]", given: "[cos(x^2)*y, sin(x^2)]")
        #expect(Self.message(verdict) == "Component 1: Yours is missing the factor 2x, the derivative of the inner function x²: the chain rule multiplies by it.")
    }

    @Test(arguments: [
        ("3*x^2 + 1", "x^3 + x"),
        ("cos(x)", "sin(x)"),
        ("2*x", "x^2"),
        ("(w*x + b - y)*x", "(w*x + b - y)^2/2"),
    ])
    func recognisesTheFunctionTypedForItsDerivative(answer: String, given: String) {
        let verdict = Self.verdict(answer: answer, given: given)
        #expect(!verdict.isCorrect && verdict.countsAsTry)
        #expect(Self.message(verdict).hasPrefix("That is a function whose derivative is the answer"))
    }

    @Test(arguments: [
        ("What is the slope of x² at x = 4? Answer with a number.", "8", "2x", "x = 4"),
        ("Evaluate 3x² − 3 at x = −1.5.", "3.75", "3*x^2 - 3", "x = -1.5"),
    ])
    func asksToEvaluateAnExpressionWhereANumberWasAsked(question: String, answer: String, given: String, point: String) {
        let verdict = Self.verdict(answer: answer, question: question, given: given)
        #expect(!verdict.countsAsTry)
        #expect(Self.message(verdict).contains("right expression; now evaluate it at"))
        #expect(Self.message(verdict).replacingOccurrences(of: "−", with: "-").contains(point))
    }

    @Test func anExpressionThatIsWrongAnywhereIsAskedForANumberWithoutPraise() {
        let verdict = Self.verdict(answer: "8", question: "What is the slope of x² at x = 4?", given: "3x")
        #expect(!verdict.countsAsTry)
        #expect(Self.message(verdict) == "The answer is a number: evaluate your expression in x at the point the question gives.")
    }

    @Test(arguments: [
        ("a*cos(a*x)", "-7*cos(7*x)"),      // the sign rule comes first
        ("2*x + 1", "2*x + 2"),             // a constant shift is not a slip of calculus
        ("2*x", "3*x"),
    ])
    func leavesOtherMistakesToThePointwiseFeedback(answer: String, given: String) {
        let exercise = Exercise(number: 1, line: 1, question: "q", answer: answer.replacingOccurrences(of: "a", with: "7"))
        let verdict = AnswerChecker(instance: ExerciseInstance(exercise: exercise, lessonID: "t", seed: 1), seed: 1).check(given)
        #expect(!Self.message(verdict).contains("inner function"))
        #expect(!Self.message(verdict).contains("whose derivative"))
    }

    @Test(arguments: ["at x = 4 and y = −1.5", "x = 0.25, then 10."])
    func readsTheNumbersOfAQuestion(text: String) {
        let numbers = CalculusSlip.numbers(in: text)
        #expect(numbers == (text.hasPrefix("at") ? [4, -1.5] : [0.25, 10]))
    }
}
