import Testing
@testable import Lessons

@Suite struct LessonFileTests {
    static let sample = """
    # Slopes

    Some prose.

    ```descent
    f(x) = x^2
    diff(f(x), x)
    ```

    ```text
    shown as prose
    ```

    ```exercise
    question: What is d/dx of {a}·x²?
      Answer with an expression.
    answer: 2*a*x
    constants: a = 2..9, lr = [0.1, 0.5]
    hint: power rule
    hint: bring the 2 down
    wrong: a*x => Multiply by the exponent.
    domain: x = 0..3
    tolerance: 1e-9
    simplified: true
    ```

    Closing words.
    """

    @Test func readsTitleStepsCellsAndExercise() throws {
        let lesson = try LessonFile(name: "Lessons/02-slopes.md", text: Self.sample).lesson()
        #expect(lesson.id == "02-slopes")
        #expect(lesson.title == "Slopes")
        #expect(lesson.steps.count == 3)
        guard case .cells(let cells) = lesson.steps[0].content else { Issue.record("no cells"); return }
        #expect(cells.map(\.text) == ["f(x) = x^2", "diff(f(x), x)"])
        #expect(cells.map(\.line) == [6, 7])
        #expect(lesson.steps[0].prose == "Some prose.")
        #expect(lesson.steps[1].prose.contains("shown as prose"))
        let exercise = try #require(lesson.exercises.first)
        #expect(exercise.line == 14)
        #expect(exercise.question == "What is d/dx of {a}·x²? Answer with an expression.")
        #expect(exercise.answer == "2*a*x")
        #expect(exercise.hints == ["power rule", "bring the 2 down"])
        #expect(exercise.wrongAnswers == [WrongAnswer(answer: "a*x", feedback: "Multiply by the exponent.")])
        #expect(exercise.domain["x"] == 0...3)
        #expect(exercise.tolerance == 1e-9)
        #expect(exercise.simplified)
        #expect(exercise.constants == [ConstantRule(name: "a", choices: .integers(2...9)),
                                       ConstantRule(name: "lr", choices: .list([0.1, 0.5]))])
        #expect(lesson.steps[2].content == .none)
        #expect(lesson.steps[2].prose == "Closing words.")
    }

    struct Broken: CustomStringConvertible, Sendable {
        var text: String
        var line: Int
        var message: String
        var description: String { message }
    }

    @Test(arguments: [
        Broken(text: "# T\n```descent\nx", line: 2, message: "the ```descent block opened here is never closed"),
        Broken(text: "no title\n```descent\nx\n```", line: 1, message: "no title: start the lesson with a line '# Title'"),
        Broken(text: "# T\n```exercise\nanswer: 1\n```", line: 2, message: "exercise without 'question:'"),
        Broken(text: "# T\n```exercise\nquestion: q\nanwser: 1\n```", line: 4,
               message: "unknown exercise field 'anwser' (did you mean 'answer'?); fields: id, question, answer, choices, hint, solution, wrong, tolerance, domain, except, simplified, exact, constants"),
        Broken(text: "# T\n```exercise\nquestion: q\nanswer: 2*(x\n```", line: 4,
               message: "'2*(x': expected ')' to close '(' opened at column 3, found end of input"),
        Broken(text: "# T\n```exercise\nquestion: q\nanswer: x\nwrong: 2*x\n```", line: 5, message: "expected 'wrong: ANSWER => FEEDBACK'"),
        Broken(text: "# T\n```exercise\nquestion: q\nanswer: x\nconstants: a = 1.5..2\n```", line: 5,
               message: "constants take whole-number ranges such as 2..9 or lists such as [0.1, 0.5], found '1.5..2'"),
        Broken(text: "# T\n```exercise\nquestion: q\nanswer: x\ndomain: x = 3..1\n```", line: 5,
               message: "expected a range such as -2..2, found '3..1'"),
    ])
    func reportsProblemsAtTheirLine(_ broken: Broken) {
        #expect(throws: LessonFileError(file: "t.md", line: broken.line, message: broken.message)) {
            try LessonFile(name: "t.md", text: broken.text).lesson()
        }
    }
}
