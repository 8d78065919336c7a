import Foundation
import Kernel
import Testing
@testable import Lessons

/// Every shipped chapter: valid, and printed as recorded.
@Suite struct BuiltinLessonTests {
    static let chapters = Array(1...LessonCatalog.builtin.files.count)

    @Test func thereAreAtLeastOneChapterAndEachHasAQuiz() throws {
        #expect(!LessonCatalog.builtin.files.isEmpty)
        for file in LessonCatalog.builtin.files {
            let lesson = try file.lesson()
            #expect((3...5).contains(lesson.exercises.count), "\(file.name) has \(lesson.exercises.count) exercises")
            #expect((15...30).contains(lesson.cellCount), "\(file.name) has \(lesson.cellCount) cell blocks")
        }
    }

    @Test(arguments: chapters)
    func chapterPassesLessonCheck(chapter: Int) {
        let file = LessonCatalog.builtin.files[chapter - 1]
        let problems = LessonChecker().problems(in: file)
        withKnownIssue("chapter 2 plots (−0.8)^k between integers (issue 10): the second edition uses step = 1") {
            #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        } when: { chapter == 2 }
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
