import Testing
@testable import Lessons

/// The marking rules of issue 9, each seen failure a case: comparison, rounding, removable
/// singularities, names, the typed form, vectors, choices and intervals.
@Suite struct MarkingRuleTests {
    static func checker(_ answer: String, _ configure: (inout Exercise) -> Void = { _ in },
                        lessonValues: [String: Double] = [:], seed: UInt64 = 1) -> AnswerChecker {
        var exercise = Exercise(number: 1, line: 1, question: "q", answer: answer)
        configure(&exercise)
        return AnswerChecker(instance: ExerciseInstance(exercise: exercise, lessonID: "t", seed: seed), seed: seed,
                             lessonValues: lessonValues)
    }

    static func lessonExercise(_ block: String) throws -> Exercise {
        let lesson = try LessonFile(name: "t.md", text: "# T\n\n```exercise\n\(block)\n```\n").lesson()
        return try #require(lesson.exercises.first)
    }

    @Test(arguments: [
        ("1e-8", "1e-6"),            // absolute 1e-6 near zero accepted this
        ("1e-8", "0"),
        ("1e-7*x", "2e-7*x"),
        ("0.0001", "0.0001005"),
        ("4", "4.0001"),
        ("4160", "4161"),             // a count is exact
        ("x^2", "x^2 + 0.001"),
    ])
    func refusesAnswersThatDifferBeyondTheRelativeTolerance(expected: String, given: String) {
        let verdict = Self.checker(expected).check(given)
        #expect(!verdict.isCorrect && verdict.countsAsTry, "\(verdict)")
    }

    @Test(arguments: [
        ("1/(2*sqrt(2))", "0.354"),   // correctly rounded to 3 figures
        ("1/(2*sqrt(2))", "0.35355"),
        ("2 + 3*0.8^10", "2.32212"),  // 6 figures
        ("-1/(2*sqrt(2))", "-0.354"),
        ("4.4", "4.4001"),            // within 1e-3 of a hand-computed number
        ("x + 1", "(x^2 - 1)/(x - 1)"),     // x = 1 is a removable singularity
        ("0", "sin(x)^2 + cos(x)^2 - 1"),  // uses x, but is 0 everywhere
        ("2*x", "(2*x^2 + 2*x)/(x + 1)"),
        ("sin(x)/x", "sin(x)/x"),
        ("relu(x)", "(x + abs(x))/2"),
        ("step(x)", "(sign(x) + 1)/2"),          // differ only at relu's kink, x = 0
        ("step(x)", "(x/abs(x) + 1)/2"),         // undefined only there
    ])
    func acceptsRoundedNumbersAndRemovableSingularities(expected: String, given: String) {
        #expect(Self.checker(expected).check(given).isCorrect)
    }

    @Test func aKinkTheExerciseNamesIsNeverSampled() throws {
        let kinked = try Self.lessonExercise("question: q\nanswer: step(x - 1)\nexcept: x = 1")
        let checker = AnswerChecker(instance: ExerciseInstance(exercise: kinked, lessonID: "t", seed: 1), seed: 1)
        #expect(checker.check("(sign(x - 1) + 1)/2").isCorrect)
        #expect(!Self.checker("step(x - 1)").check("(sign(x - 1) + 1)/2").isCorrect)
        #expect(!checker.check("step(x)").isCorrect)
    }

    @Test func twoFiguresAreNotEnoughToCountAsRounding() {
        #expect(!Self.checker("1/(2*sqrt(2))").check("0.35").isCorrect)
    }

    @Test func exactRefusesRoundedNumbers() {
        #expect(!Self.checker("1/(2*sqrt(2))") { $0.exact = true }.check("0.354").isCorrect)
        #expect(Self.checker("1/(2*sqrt(2))") { $0.exact = true }.check("sqrt(2)/4").isCorrect)
    }

    @Test(arguments: [
        ("4", "4.0001", "Yours is 4.0001, which is larger than 4."),
        ("100000", "100001", "Yours is 100001, which is larger than 100000."),
        ("0.354", "0.3535", "Yours is 0.3535, which is smaller than 0.354."),
        ("4.4", "4", "Yours is 4, which is too small."),
    ])
    func feedbackShowsEnoughDigitsToTellTheNumbersApart(expected: String, given: String, feedback: String) {
        #expect(Self.checker(expected).check(given) == .wrong(readAs: given, feedback: feedback))
    }

    @Test func aConstantsLetterIsRefusedWithItsValueAndCostsNoTry() {
        let checker = Self.checker("3*a*x^2 + 1") { $0.constants = [ConstantRule(name: "a", choices: .integers(5...5))] }
        let verdict = checker.check("3*a*x^2+1")
        #expect(verdict == .refused(readAs: "3a·x² + 1", message: "Compute it: a = 5 here."))
        #expect(!verdict.countsAsTry)
        #expect(checker.check("15x^2 + 1").isCorrect)
    }

    @Test func aLessonVariableIsRefusedWithItsValue() {
        let checker = Self.checker("4.6", lessonValues: ["w0": 5, "lr": 0.1])
        #expect(checker.check("w0 - lr*2*(w0-3)") == .refused(readAs: "w0 − lr·2·(w0 − 3)", message: "Compute it: w0 = 5 here."))
        #expect(checker.check("5 - 0.1*2*(5-3)").isCorrect)
    }

    @Test(arguments: [("3cos3x", "cos(3x)"), ("sinx", "sin(x)"), ("2*expx", "exp(x)")])
    func aFunctionWrittenWithoutBracketsGetsASuggestion(typed: String, suggestion: String) {
        let verdict = Self.checker("-9*sin(3*x)").check(typed)
        guard case .refused(_, let message) = verdict else { Issue.record("\(verdict)"); return }
        #expect(message.hasSuffix("did you mean \(suggestion)?"))
    }

    @Test func aVariableTheAnswerLacksCostsNoTry() {
        let verdict = Self.checker("2*x").check("2*y")
        #expect(verdict == .refused(readAs: "2y", message: "Your answer uses y, but the answer uses only x."))
        #expect(!verdict.countsAsTry)
    }

    @Test(arguments: [
        ("5(2x + 5)", "5(2x + 5)"),
        ("x^2 + 10x + 25 - x^2", "x² + 10x + 25 − x²"),
        ("3x^2+1", "3x² + 1"),
        ("-2*x", "−2x"),
        ("2^(x+1)", "2^(x + 1)"),
    ])
    func readAsEchoesTheTypedForm(typed: String, shown: String) {
        #expect(Self.checker("10*x + 25").check(typed).readAs == shown)
    }

    @Test(arguments: [
        ("x^2 + 10x + 25 - x^2", false),  // terms that cancel
        ("3x + 7x + 25", false),          // like terms
        ("5(2x + 5)", false),             // unexpanded where the answer is expanded
        ("10x + 25", true),
        ("25 + 10x", true),
    ])
    func simplifiedJudgesTheTypedTree(typed: String, accepted: Bool) {
        let verdict = Self.checker("10*x + 25") { $0.simplified = true }.check(typed)
        #expect(verdict.isCorrect == accepted, "\(verdict)")
        if !accepted { #expect(verdict.readAs?.hasPrefix(SyntaxPrinter().string(try! AnswerReader.syntax(typed).get())) == true) }
    }

    @Test func aGradientIsComparedComponentByComponent() throws {
        let exercise = try Self.lessonExercise("question: grad of x²y\nanswer: [2*x*y, x^2]")
        #expect(exercise.kind == .vector)
        let checker = AnswerChecker(instance: ExerciseInstance(exercise: exercise, lessonID: "t", seed: 1), seed: 1)
        #expect(checker.check("[2x*y, x^2]").isCorrect)
        guard case .wrong(_, let feedback) = checker.check("[2x*y, 2x]") else { Issue.record("not wrong"); return }
        #expect(feedback.hasPrefix("Component 2: "))
        #expect(!checker.check("2x*y").countsAsTry)
        #expect(!checker.check("[2x*y]").countsAsTry)
        #expect(checker.check("[2xy, x^2]") == .refused(readAs: "[2xy, x²]", message: "'xy' reads as one name; for a product, type x*y."))
    }

    @Test func aChoiceTakesALetterOrTheTextInThisStudentsOrder() throws {
        let exercise = try Self.lessonExercise("question: Does a larger lr always converge faster?\nchoices: yes | no | only for convex losses\nanswer: no\nwrong: yes => Too large an lr diverges.")
        for seed in UInt64(1)...6 {
            let instance = ExerciseInstance(exercise: exercise, lessonID: "t", seed: seed)
            #expect(instance.choiceOrder.sorted() == [0, 1, 2])
            let checker = AnswerChecker(instance: instance, seed: seed)
            let letter = ExerciseInstance.letter(instance.choiceOrder.firstIndex(of: 1)!)
            #expect(checker.check(letter).isCorrect)
            #expect(checker.check(letter.uppercased()).isCorrect)
            #expect(checker.check(letter + ")").isCorrect)
            #expect(checker.check(" No ").isCorrect)
            #expect(checker.check("\(letter)) no").isCorrect)
            let other = ExerciseInstance.letter(instance.choiceOrder.firstIndex(of: 0)!)
            #expect(!checker.check("\(other)) no").countsAsTry, "a letter and an option that disagree pick nothing")
            #expect(checker.check("yes") == .wrong(readAs: "\(ExerciseInstance.letter(instance.choiceOrder.firstIndex(of: 0)!))) yes", feedback: "Too large an lr diverges."))
            #expect(!checker.check("z").countsAsTry)
            #expect(instance.question.contains("\(letter)) no"))
        }
        let orders = Set((UInt64(1)...12).map { ExerciseInstance(exercise: exercise, lessonID: "t", seed: $0).choiceOrder })
        #expect(orders.count > 1)
    }

    @Test func aChoiceTakesAWordThatNamesOneOptionOnly() throws {
        let exercise = try Self.lessonExercise("question: Which line changes w?\nchoices: f.backward() | optimizer.step() | optimizer.zero_grad()\nanswer: optimizer.step()")
        let checker = AnswerChecker(instance: ExerciseInstance(exercise: exercise, lessonID: "t", seed: 1), seed: 1)
        #expect(checker.check("step").isCorrect)
        #expect(!checker.check("backward").isCorrect && checker.check("backward").countsAsTry)
        #expect(!checker.check("optimizer").countsAsTry)
        #expect(!checker.check("st").countsAsTry)
    }

    @Test func trueOrFalseIsAChoice() throws {
        let exercise = try Self.lessonExercise("question: SGD always converges.\nchoices: true | false\nanswer: false")
        let checker = AnswerChecker(instance: ExerciseInstance(exercise: exercise, lessonID: "t", seed: 1), seed: 1)
        #expect(checker.check("false").isCorrect)
        #expect(!checker.check("true").isCorrect)
    }

    @Test(arguments: [
        ("lr > 1/8", "0.2", true), ("lr > 1/8", "0.125", false), ("lr > 1/8", "1/8 + 0.001", true),
        ("lr >= 1/8", "0.125", true), ("0 < lr < 1/4", "0.3", false), ("0 < lr < 1/4", "0.1", true),
        ("0.1..0.2", "0.15", true), ("0.1..0.2", "0.2", true), ("0.1..0.2", "0.21", false),
        ("lr < 2/c", "0.1", true),
    ])
    func anIntervalAcceptsAnyNumberInIt(answer: String, given: String, accepted: Bool) throws {
        let exercise = try Self.lessonExercise("question: q\nanswer: \(answer)\nconstants: c = 4..4")
        let checker = AnswerChecker(instance: ExerciseInstance(exercise: exercise, lessonID: "t", seed: 1), seed: 1)
        #expect(checker.check(given).isCorrect == accepted)
    }

    @Test func anIntervalSaysWhichSideAWrongNumberIsOn() throws {
        let exercise = try Self.lessonExercise("question: q\nanswer: 0.1..0.2")
        let checker = AnswerChecker(instance: ExerciseInstance(exercise: exercise, lessonID: "t", seed: 1), seed: 1)
        #expect(checker.check("0.05") == .wrong(readAs: "0.05", feedback: "0.05 is too small."))
        #expect(checker.check("0.5") == .wrong(readAs: "0.5", feedback: "0.5 is too large."))
    }

    @Test func lessonConstantsAreSharedByEveryExercise() throws {
        let text = "---\nconstants: w0 = 2..900\n---\n# T\n\n```exercise\nquestion: start at {w0}\nanswer: w0\n```\n\n```exercise\nquestion: same start w = {w0}\nanswer: 2*w0\n```\n"
        let lesson = try LessonFile(name: "t.md", text: text).lesson()
        for seed in UInt64(1)...5 {
            let first = ExerciseInstance(exercise: lesson.exercises[0], lessonID: lesson.id, seed: seed, shared: lesson.constants)
            let second = ExerciseInstance(exercise: lesson.exercises[1], lessonID: lesson.id, seed: seed, shared: lesson.constants)
            #expect(first.constants["w0"] == second.constants["w0"])
        }
    }

    @Test func aHugeConstantRangeIsRefusedAtItsLineNotACrash() {
        #expect(throws: LessonFileError(file: "t.md", line: 6, message: "a constant's range must lie within ±2^53 (9007199254740992), so it is exact as a number")) {
            try Self.lessonExercise("question: q {a}\nanswer: a\nconstants: a = 0..9223372036854775807")
        }
        var generator = SeededGenerator(seed: 1)
        let value = ConstantRule(name: "a", choices: .integers(Int.min...Int.max)).draw(&generator)
        #expect(value.isFinite)
    }
}
