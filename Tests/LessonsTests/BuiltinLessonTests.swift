import Foundation
import Kernel
import Testing
@testable import Lessons

/// Every shipped chapter: valid, embedded as written, and printed as recorded.
@Suite struct BuiltinLessonTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
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

    @Test func embeddedLessonsMatchTheFilesInLessonsFolder() throws {
        let folder = Self.repository.appendingPathComponent("Lessons")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        #expect(BuiltinLessons.files.map(\.name) == names, "run scripts/embed-lessons")
        for file in BuiltinLessons.files where names.contains(file.name) {
            let text = try String(contentsOf: folder.appendingPathComponent(file.name), encoding: .utf8)
            let onDisk = text.hasSuffix("\n") ? String(text.dropLast()) : text
            #expect(file.text == onDisk, "\(file.name) differs from its embedded copy: run scripts/embed-lessons")
        }
    }

    /// Printed by a fresh `descent` process: in a shared test process, the order of terms
    /// (and so the last digits of rounding-sensitive cells) depends on what ran before.
    @Test(arguments: chapters)
    func printedChapterMatchesGolden(chapter: Int) throws {
        let folders = try InteractiveLessonTests.folders()
        let result = try InteractiveLessonTests.run(["lesson", String(chapter), "--print", "--width", "80", "--seed", "1"],
                                                    input: "", folders: folders, builtin: true)
        #expect(result.status == 0)
        Golden.check(String(format: "chapter-%02d.txt", chapter), result.output)
    }
}
