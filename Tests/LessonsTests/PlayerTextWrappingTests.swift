import Kernel
import Testing
@testable import Lessons

/// Questions, hints and feedback fit the terminal like prose: no line wider, no word split.
@Suite struct PlayerTextWrappingTests {
    @Test func theStatusLineLeavesOutTheTitleWhenItWouldBeTooWide() {
        let status = "Chapter 2 · Gradient descent and the learning rate · step 1 of 28"
        #expect(PlayerBlock.statusLine(status, width: 80) == "── \(status) ──")
        #expect(PlayerBlock.statusLine(status, width: 60) == "── Chapter 2 · step 1 of 28 ──")
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var chapter: Int
        var width: Int
        var testDescription: String { "chapter \(chapter) at \(width) columns" }
    }

    static let cases = (1...LessonCatalog.builtin.files.count).flatMap { chapter in
        [60, 80, 100].map { Case(chapter: chapter, width: $0) }
    }

    /// Everything the player can say about an exercise, as blocks.
    static func blocks(for instance: ExerciseInstance) -> [PlayerBlock] {
        [.question(instance.question)]
            + instance.hints.map { .hint($0) }
            + instance.exercise.wrongAnswers.map { .feedback("✗ " + instance.fill($0.feedback)) }
            + [.feedback("The answer is \(instance.revealed)."),
               .message("2 tries left; :hint for a hint, :skip to see the answer.")]
    }

    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    }

    @Test(arguments: cases)
    func everyExerciseTextFitsTheWidthWithItsWordsWhole(example: Case) throws {
        let lesson = try LessonCatalog.builtin.lesson(chapter: example.chapter)
        var settings = Settings()
        settings.width = example.width
        let renderer = TextRenderer(settings: settings)
        var unlimited = settings
        unlimited.width = 100_000
        let wide = TextRenderer(settings: unlimited)
        var longLines = 0
        for exercise in lesson.exercises {
            let instance = ExerciseInstance(exercise: exercise, lessonID: lesson.id, seed: 7, shared: lesson.constants)
            for block in Self.blocks(for: instance) {
                let unwrapped = block.text(renderer: wide)
                let text = block.text(renderer: renderer)
                #expect(Self.words(text) == Self.words(unwrapped), "words kept whole in \(exercise.id)")
                for line in text.split(separator: "\n") {
                    #expect(line.count <= example.width, "\(exercise.id): “\(line)” is wider than \(example.width)")
                }
                longLines += unwrapped.split(separator: "\n").filter { $0.count > example.width }.count
            }
        }
        if example.width == 60 { #expect(longLines > 0, "some text of chapter \(example.chapter) needs wrapping at 60 columns") }
    }

    @Test func aLineThatFitsIsKeptAsWrittenAndALongOneKeepsItsIndent() {
        let wrapper = ProseWrapper(width: 24)
        #expect(wrapper.wrapText(":hint    a hint\n     ^") == ":hint    a hint\n     ^")
        #expect(wrapper.wrapText("  2*x*y is *not* `code` [a](b) when typed") == "  2*x*y is *not* `code`\n  [a](b) when typed")
    }
}
