import Testing
@testable import Lessons

@Suite struct AnswerCheckerTests {
    static func checker(_ answer: String, constants: [ConstantRule] = [], wrong: [WrongAnswer] = [],
                        simplified: Bool = false, domain: [String: ClosedRange<Double>] = [:], seed: UInt64 = 1) -> AnswerChecker {
        var exercise = Exercise(number: 1, line: 1, question: "q", answer: answer)
        exercise.constants = constants
        exercise.wrongAnswers = wrong
        exercise.simplified = simplified
        exercise.domain = domain
        return AnswerChecker(instance: ExerciseInstance(exercise: exercise, lessonID: "t", seed: seed), seed: seed)
    }

    @Test(arguments: [
        ("3*x^2 + 1", "1 + x*3*x"),
        ("2*sin(x)*cos(x)", "sin(2*x)"),
        ("sigmoid(x)*(1 - sigmoid(x))", "exp(-x)/(1 + exp(-x))^2"),
        ("4.4", "5 - 0.1*6"),
        ("log(x)", "log(x)"),
    ])
    func acceptsEquivalentForms(expected: String, given: String) {
        #expect(Self.checker(expected, domain: ["x": 0.1...3]).check(given).isCorrect)
    }

    @Test func echoesTheAnswerAsRead() {
        #expect(Self.checker("3*x^2 + 1").check("3x^2+1") == .correct(readAs: "3x² + 1"))
    }

    @Test func saysWhereAWrongAnswerDiffers() {
        let verdict = Self.checker("x^2").check("x^3")
        #expect(verdict == .wrong(readAs: "x³", feedback: "At x = 0.5 yours is 0.125, expected 0.25."))
    }

    @Test func givesTheTeachersFeedbackForALikelyWrongAnswer() {
        let checker = Self.checker("3*cos(3*x)", wrong: [WrongAnswer(answer: "cos(3*x)", feedback: "Check the chain rule.")])
        #expect(checker.check("cos(3x)") == .wrong(readAs: "cos(3x)", feedback: "Check the chain rule."))
    }

    @Test func aLikelyWrongAnswerMayUseANameTheAnswerDoesNot() {
        let checker = Self.checker("0.2", wrong: [WrongAnswer(answer: "beta1*2", feedback: "m takes (1 − β1) of the gradient, not β1.")])
        #expect(checker.check("beta1*2") == .wrong(readAs: "beta1·2", feedback: "m takes (1 − β1) of the gradient, not β1."))
        #expect(checker.check("t") == .refused(readAs: "t", message: "The answer is a number: evaluate your expression in t at the point the question gives."))
    }

    @Test func recognisesAFlippedSignAFactorAndAShift() {
        #expect(Self.checker("2*x").check("-2*x") == .wrong(readAs: "−2x", feedback: "The sign is the wrong way round."))
        #expect(Self.checker("2*x").check("6*x")
            == .wrong(readAs: "6x", feedback: "Yours is 3 times the answer everywhere: check the constant factor."))
        #expect(Self.checker("2*x + 1").check("2*x")
            == .wrong(readAs: "2x", feedback: "Yours differs from the answer by the constant −1 everywhere."))
    }

    @Test func saysWhetherANumberIsTooLargeOrTooSmall() {
        #expect(Self.checker("4.4").check("4.5") == .wrong(readAs: "4.5", feedback: "Yours is 4.5, which is too large."))
        #expect(Self.checker("4.4").check("4") == .wrong(readAs: "4", feedback: "Yours is 4, which is too small."))
    }

    @Test func refusesAVariableTheAnswerDoesNotHave() {
        #expect(Self.checker("2*x").check("2*y") == .refused(readAs: "2y", message: "Your answer uses y, but the answer uses only x."))
    }

    @Test func refusesAnUnsimplifiedFormWhenAsked() {
        #expect(Self.checker("2*x + 1", simplified: true).check("(x + 1)^2 - x^2") == .notSimplified(readAs: "(x + 1)² − x² (expand the brackets)"))
        #expect(Self.checker("2*x + 1", simplified: true).check("1 + 2x").isCorrect)
        #expect(Self.checker("2*x + 1").check("(x + 1)^2 - x^2").isCorrect)
    }

    @Test func anUnreadableAnswerGetsTheParseErrorWithACaretAndIsNoTry() {
        let verdict = Self.checker("x").check("2*(x")
        #expect(verdict == .unreadable("error: expected ')' to close '(' opened at column 3, found end of input\n  2*(x\n      ^"))
        #expect(!verdict.countsAsTry)
    }

    @Test func constantsDependOnTheSeedAndFillTheQuestion() {
        var exercise = Exercise(number: 1, line: 1, question: "d/dx of {a}x² is {2*a}x", answer: "2*a*x")
        exercise.constants = [ConstantRule(name: "a", choices: .integers(2...9))]
        let draws = (1...20).map { ExerciseInstance(exercise: exercise, lessonID: "t", seed: UInt64($0)).constants["a"]! }
        #expect(Set(draws).count > 3)
        #expect(draws.allSatisfy { (2...9).contains($0) })
        let instance = ExerciseInstance(exercise: exercise, lessonID: "t", seed: 7)
        let a = Int(instance.constants["a"]!)
        #expect(instance.question == "d/dx of \(a)x² is \(2 * a)x")
        #expect(AnswerChecker(instance: instance, seed: 7).check("\(2 * a)*x").isCorrect)
        #expect(!AnswerChecker(instance: instance, seed: 7).check("\(2 * a + 1)*x").isCorrect)
        #expect(ExerciseInstance(exercise: exercise, lessonID: "t", seed: 7).constants == instance.constants)
    }
}
