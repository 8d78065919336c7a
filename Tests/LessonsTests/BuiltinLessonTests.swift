import Foundation
import Kernel
import Testing
@testable import Lessons

/// Every shipped chapter: valid, and printed as recorded.
@Suite struct BuiltinLessonTests {
    static let chapters = Array(1...LessonCatalog.builtin.files.count)

    /// The most steps (each an Enter press) a student goes through between two exercises.
    static let longestPassiveStretch = 5

    @Test(arguments: chapters)
    func chapterHasEightExercisesSpreadThroughIt(chapter: Int) throws {
        let lesson = try LessonCatalog.builtin.lesson(chapter: chapter)
        #expect(lesson.exercises.count >= 8, "\(lesson.id) has \(lesson.exercises.count) exercises")
        var stretch = 0
        for step in lesson.steps {
            if case .exercise = step.content {
                stretch = 0
                continue
            }
            stretch += 1
            let isClosingProse = step == lesson.steps.last && step.content == .none
            #expect(stretch <= Self.longestPassiveStretch || isClosingProse,
                    "\(lesson.id): \(stretch) steps without an exercise up to line \(step.line)")
        }
    }

    @Test(arguments: chapters)
    func everyExerciseHasASolution(chapter: Int) throws {
        let lesson = try LessonCatalog.builtin.lesson(chapter: chapter)
        for exercise in lesson.exercises {
            #expect(exercise.solution?.isEmpty == false, "\(lesson.id):\(exercise.line) has no solution:")
        }
        #expect(LessonChecker().warnings(in: LessonCatalog.builtin.files[chapter - 1]).isEmpty)
    }

    @Test(arguments: chapters)
    func chapterPassesLessonCheck(chapter: Int) {
        let file = LessonCatalog.builtin.files[chapter - 1]
        let problems = LessonChecker().problems(in: file)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    /// Printed in this process, as `descent lesson N --print --width 80 --seed 1` prints it.
    @Test(arguments: chapters)
    func printedChapterMatchesGolden(chapter: Int) throws {
        let lesson = try LessonCatalog.builtin.lesson(chapter: chapter)
        var settings = Settings()
        settings.width = 80
        settings.seed = 1
        let text = LessonPrinter(settings: settings, seed: 1).text(of: lesson, chapter: chapter)
        golden.check(String(format: "chapter-%02d.txt", chapter), text)
    }
}
