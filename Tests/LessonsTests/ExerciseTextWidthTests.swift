import Kernel
import Testing
@testable import Lessons

/// Every built-in exercise's question, hints, feedback and solution, as the player shows
/// them, fits the terminal at 60, 80 and 100 columns: no line wider, no word split.
@Suite struct ExerciseTextWidthTests {
    static let widths = [60, 80, 100]

    static func blocks(of instance: ExerciseInstance) -> [PlayerBlock] {
        [.question(instance.question)] + instance.hints.map(PlayerBlock.hint)
            + instance.exercise.wrongAnswers.map { .feedback("✗ " + instance.fill($0.feedback)) }
            + instance.revelation.map(PlayerBlock.feedback)
    }

    @Test(arguments: widths)
    func exerciseTextFitsTheWidthWithoutSplittingWords(width: Int) throws {
        var settings = Settings()
        settings.width = width
        let renderer = TextRenderer(settings: settings)
        for (index, file) in LessonCatalog.builtin.files.enumerated() {
            let lesson = try file.lesson()
            for exercise in lesson.exercises {
                let instance = ExerciseInstance(exercise: exercise, lessonID: lesson.id, seed: 1, shared: lesson.constants)
                for block in Self.blocks(of: instance) {
                    let shown = PlayerReply(blocks: [block], prompt: "").text(renderer: renderer)
                    let unwrapped = block.text(renderer: renderer)
                    for line in shown.split(separator: "\n") where line.count > width {
                        #expect(!line.trimmingCharacters(in: .whitespaces).contains(" "),
                                "chapter \(index + 1), exercise \(exercise.number): \(line.count) columns at width \(width): \(line)")
                    }
                    #expect(shown.split(whereSeparator: \.isWhitespace) == unwrapped.split(whereSeparator: \.isWhitespace),
                            "chapter \(index + 1), exercise \(exercise.number): words changed at width \(width)")
                }
            }
        }
    }

    @Test func aChoiceHangsUnderItsTextAndALongWordKeepsItsOwnLine() {
        let wrapper = LineWrapper(width: 20)
        #expect(wrapper.wrap("  b) the derivative of h with respect to b") == "  b) the derivative\n     of h with\n     respect to b")
        #expect(wrapper.wrap("yours is 0.1234567890123456789 here") == "yours is\n0.1234567890123456789\nhere")
        #expect(wrapper.wrap("short\nlines stay") == "short\nlines stay")
    }
}
