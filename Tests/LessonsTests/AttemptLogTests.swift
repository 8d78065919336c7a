import Foundation
import Testing
@testable import Lessons

/// The attempt log and what is derived from it: one student's state, re-marked verdicts,
/// restarts as new attempts, and a class's grades.
@Suite struct AttemptLogTests {
    static let text = """
    # Tiny

    ```descent
    w = 5
    ```

    ```exercise
    id: cubic
    question: What is the derivative of x³ + x?
    answer: 3*x^2 + 1
    hint: Term by term.
    ```

    ```exercise
    id: slope
    question: What is the slope of {a}x at x = 1?
    answer: a
    constants: a = 2..9
    ```
    """

    static var catalog: LessonCatalog { LessonCatalog(files: [LessonFile(name: "01-tiny.md", text: text)], origin: "test") }

    static func temporaryStore() -> RecordStore {
        RecordStore(directory: FileManager.default.temporaryDirectory.appendingPathComponent("descent-log-\(UUID().uuidString)"))
    }

    static func answer(_ text: String, _ exercise: String, attempt: Int = 1, verdict: String = "wrong", seed: UInt64 = 1) -> AttemptEvent {
        var event = AttemptEvent(lesson: "01-tiny", file: "01-tiny.md", event: .answer, attempt: attempt)
        event.exercise = exercise
        event.answer = text
        event.seed = String(seed)
        event.verdict = verdict
        return event
    }

    static func step(_ step: Int, attempt: Int = 1) -> AttemptEvent {
        var event = AttemptEvent(lesson: "01-tiny", file: "01-tiny.md", event: .step, attempt: attempt)
        event.step = step
        return event
    }

    @Test func eachEventIsOneJSONLineAppended() throws {
        let store = Self.temporaryStore()
        let log = store.log(for: "ann")
        try log.append(Self.step(1))
        try log.append(Self.answer("3x^2", "cubic"))
        let lines = try String(contentsOf: log.file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].contains(#""answer":"3x^2""#) && lines[1].contains(#""student":"ann""#) && lines[1].contains(#""time":"20"#))
        #expect(log.read().events.count == 2)
    }

    @Test func anEditedVerdictMakesNoDifference() throws {
        let store = Self.temporaryStore()
        let log = store.log(for: "ann")
        for _ in 0..<3 { try log.append(Self.answer("x^3", "cubic", verdict: "correct")) }
        let record = store.progress(of: "ann", in: Self.catalog).progress[lesson: "01-tiny"]
        #expect(record[exercise: "cubic"] == ExerciseRecord(tries: 3, outcome: .revealed))
    }

    @Test func restartStartsANewAttemptAndKeepsTheOld() throws {
        let store = Self.temporaryStore()
        let log = store.log(for: "ann")
        for _ in 0..<3 { try log.append(Self.answer("x", "cubic")) }
        try log.append(AttemptEvent(lesson: "01-tiny", file: "01-tiny.md", event: .restart, attempt: 2))
        try log.append(Self.answer("3x^2 + 1", "cubic", attempt: 2, verdict: "correct"))
        let progress = store.progress(of: "ann", in: Self.catalog).progress
        #expect(progress[lesson: "01-tiny"].attempt == 2)
        #expect(progress.history["01-tiny"]?["cubic"] == [ExerciseRecord(tries: 3, outcome: .revealed), ExerciseRecord(tries: 1, outcome: .correct)])
        let report = ProgressReport(catalog: Self.catalog, progress: progress).text
        #expect(report.contains("exercise 1 (cubic): first revealed (3 tries) · best correct (1 try) · last correct (1 try)"))
    }

    @Test func eachStudentHasTheirOwnRecord() throws {
        let store = Self.temporaryStore()
        try store.log(for: "alice").append(Self.answer("3x^2 + 1", "cubic"))
        #expect(store.progress(of: "alice", in: Self.catalog).progress[lesson: "01-tiny"][exercise: "cubic"].outcome == .correct)
        #expect(store.progress(of: "bob", in: Self.catalog).progress.lessons.isEmpty)
        #expect(ProgressReport(catalog: Self.catalog, progress: store.progress(of: "bob", in: Self.catalog).progress).text.hasPrefix("Progress of bob"))
    }

    @Test(arguments: [-4, 9_223_372_036_854_775_807, 3])
    func aStepOutsideTheLessonIsIgnored(step: Int) throws {
        let store = Self.temporaryStore()
        try store.log(for: "ann").append(Self.step(1))
        try store.log(for: "ann").append(Self.step(step))
        let progress = store.progress(of: "ann", in: Self.catalog).progress
        #expect(progress[lesson: "01-tiny"].step == 1)
        #expect(ChapterList(catalog: Self.catalog, progress: progress).text.contains("step 2 of 3"))
    }

    @Test func inventedExercisesAndBrokenLinesCountForNothing() throws {
        let store = Self.temporaryStore()
        try store.log(for: "ann").append(Self.answer("1", "no-such-exercise", verdict: "correct"))
        let handle = try FileHandle(forWritingTo: store.log(for: "ann").file)
        handle.seekToEndOfFile()
        handle.write(Data("{\"not\": \"an event\"}\n{\"torn".utf8))
        try handle.close()
        let loaded = store.progress(of: "ann", in: Self.catalog)
        #expect(loaded.progress[lesson: "01-tiny"].solved(in: try Self.catalog.lesson(chapter: 1)) == 0)
        #expect(loaded.notice?.contains("2 lines") == true)
    }

    @Test func aConstantsAnswerIsReMarkedWithTheLoggedSeed() throws {
        let lesson = try Self.catalog.lesson(chapter: 1)
        let instance = ExerciseInstance(exercise: lesson.exercises[1], lessonID: lesson.id, seed: 77)
        let value = Int(instance.constants["a"]!)
        let store = Self.temporaryStore()
        try store.log(for: "ann").append(Self.answer(String(value), "slope", seed: 77))
        #expect(store.progress(of: "ann", in: Self.catalog).progress[lesson: "01-tiny"][exercise: "slope"].outcome == .correct)
    }

    @Test func aRelativeDataHomeIsRefusedAndAnEmptyOneIsUnset() throws {
        #expect(throws: RecordError.relativeDataHome("data")) { try RecordStore.standard(environment: ["XDG_DATA_HOME": "data", "HOME": "/h"]) }
        #expect(try RecordStore.standard(environment: ["XDG_DATA_HOME": "", "HOME": "/h"]).directory.path == "/h/.local/share/descent")
        #expect(try RecordStore.standard(environment: ["XDG_DATA_HOME": "/d"]).log(for: "ann").file.path == "/d/descent/logs/ann.jsonl")
    }

    @Test(arguments: [("alice", "alice"), ("Ann Lee", "Ann%20Lee"), ("../x", "%2E%2E%2Fx"), ("", "%")])
    func aStudentNameBecomesASafeFileName(name: String, file: String) {
        #expect(RecordStore.fileName(name) == file)
    }

    @Test func anUnwritableFolderIsAClearError() throws {
        let log = AttemptLog(file: URL(fileURLWithPath: "/proc/descent-cannot/logs/ann.jsonl"), student: "ann")
        #expect {
            try log.append(Self.step(1))
        } throws: { error in
            (error as? RecordError).map { "\($0)".hasPrefix("cannot save your progress in /proc/descent-cannot") } == true
        }
    }

    @Test func leftoverTemporaryFilesOfTheOldStoreAreRemoved() throws {
        let store = Self.temporaryStore()
        try FileManager.default.createDirectory(at: store.directory, withIntermediateDirectories: true)
        try Data().write(to: store.directory.appendingPathComponent(".progress.json.4242.tmp"))
        try Data().write(to: store.directory.appendingPathComponent("keep.txt"))
        store.removeLeftovers()
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory.path) == ["keep.txt"])
    }

    @Test func theGradebookMarksWithTheStudentsOwnSeedWhateverTheLogSays() throws {
        let lesson = try Self.catalog.lesson(chapter: 1)
        let own = ExerciseInstance(exercise: lesson.exercises[1], lessonID: lesson.id, seed: SeededGenerator.stableHash("carol"))
        let value = Int(own.constants["a"]!)
        let other = (UInt64(1)...50).first { ExerciseInstance(exercise: lesson.exercises[1], lessonID: lesson.id, seed: $0).constants["a"] != Double(value) }!
        let otherValue = Int(ExerciseInstance(exercise: lesson.exercises[1], lessonID: lesson.id, seed: other).constants["a"]!)
        var forged = Self.answer(String(otherValue), "slope", verdict: "correct", seed: other)
        forged.student = "carol"
        let book = Gradebook(catalog: Self.catalog, events: [forged])
        #expect(book.students[0][lesson: "01-tiny"][exercise: "slope"].outcome == .open)
        #expect(book.notes.contains { $0.hasPrefix("note: carol's log names seed \(other), not theirs") })
        var honest = Self.answer(String(value), "slope", seed: SeededGenerator.stableHash("carol"))
        honest.student = "carol"
        #expect(Gradebook(catalog: Self.catalog, events: [honest]).students[0][lesson: "01-tiny"][exercise: "slope"].outcome == .correct)
        #expect(Gradebook(catalog: Self.catalog, events: [honest]).notes.isEmpty)
    }

    @Test func theGradebookReMarksEveryStudentsAnswers() throws {
        var events: [AttemptEvent] = []
        for (student, answers) in [("alice", ["3x^2 + 1"]), ("bob", ["x^3", "3x^2 + 1"])] {
            for text in answers {
                var event = Self.answer(text, "cubic", verdict: "correct", seed: SeededGenerator.stableHash(student))
                event.student = student
                events.append(event)
            }
        }
        let book = Gradebook(catalog: Self.catalog, events: events)
        #expect(book.text == """
            student  exercise   first    best     last     tries  hints
            alice    1.1 cubic  correct  correct  correct  1      0
            alice    1.2 slope  -        -        -        0      0
            bob      1.1 cubic  correct  correct  correct  2      0
            bob      1.2 slope  -        -        -        0      0

            alice: 1 of 2 exercises solved (1 in the first attempt, 1 without hints)
            bob: 1 of 2 exercises solved (1 in the first attempt, 1 without hints)
            """)
        #expect(book.csv.split(separator: "\n")[1] == "alice,1,01-tiny,Tiny,1,cubic,correct,correct,correct,1,0,1")
    }

    @Test func aStudentNameWithControlCharactersIsShownEscaped() {
        let progress = StudentProgress(student: "\u{1B}]2;PWN\u{07}\u{202E}x")
        #expect(ProgressReport(catalog: Self.catalog, progress: progress).text.hasPrefix("Progress of \\e]2;PWN\\a\\u{202E}x"))
        #expect(ProgressReport.field("=HYPERLINK(1)") == "'=HYPERLINK(1)")
    }

    @Test func anExerciseInsertedBeforeAnotherKeepsItsRecord() throws {
        let store = Self.temporaryStore()
        try store.log(for: "ann").append(Self.answer("3x^2 + 1", "cubic"))
        let inserted = Self.text.replacingOccurrences(of: "```exercise\nid: cubic", with: "```exercise\nid: new\nquestion: new one\nanswer: 1\n```\n\n```exercise\nid: cubic")
        let catalog = LessonCatalog(files: [LessonFile(name: "01-tiny.md", text: inserted)], origin: "test")
        let lesson = try catalog.lesson(chapter: 1)
        #expect(lesson.exercises.map(\.id) == ["new", "cubic", "slope"])
        let record = store.progress(of: "ann", in: catalog).progress[lesson: "01-tiny"]
        #expect(record[exercise: "cubic"].outcome == .correct)
        #expect(record[exercise: "new"].outcome == .open)
    }

    @Test func anExerciseWithoutAnIDIsNamedByItsQuestion() throws {
        let exercise = try MarkingRuleTests.lessonExercise("question: What is 2 + 2?\nanswer: 4")
        #expect(exercise.id == Exercise.hashID("What is 2 + 2?"))
        #expect(exercise.id.count == 10 && exercise.id.hasPrefix("q-"))
    }
}
