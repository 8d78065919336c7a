import Foundation
import Kernel
import Language
import Lessons

/// Lessons inside the REPL: `:lessons` lists the chapters with the student's progress,
/// `:lesson N` starts or resumes one in the REPL's own session, and while it is open every
/// line goes to the lesson (Enter runs the cell shown, `:next`, `:hint`, `:quit` …).
/// Every event is appended to the student's attempt log as it happens.
final class LessonHost: @unchecked Sendable {
    /// What the launcher decides: which lessons, where records are kept, who the student is.
    struct Setup: Sendable {
        var catalog: LessonCatalog
        var store: RecordStore
        var student: String
        /// The exercises' seed, drawn from the student's name unless `--seed` was given.
        var seed: UInt64
        /// `--exam`: diff, grad, hessian, taylor, simplify and eval are off during exercises.
        var exam = false
    }

    private let setup: Setup
    private(set) var player: LessonPlayer?
    private(set) var prompt: String?
    /// Set once writing the log failed, so the student is told once, not at every step.
    private var writeFailed = false

    init(setup: Setup) {
        self.setup = setup
        setup.store.removeLeftovers()
    }

    var isActive: Bool { player != nil }

    /// Whether the open lesson is at an exercise still to answer, where lines are answers.
    var isAnswering: Bool { player?.isAnswering == true }

    private var progress: StudentProgress {
        setup.store.progress(of: setup.student, in: setup.catalog).progress
    }

    /// Chapter names for Tab after `:lesson `: their numbers, and their file names without
    /// the number (`learning-rate`), since `-` ends a word for completion.
    var names: [String] {
        setup.catalog.files.enumerated().flatMap { ["\($0.offset + 1)", LessonHost.shortName($0.element.id)] }
    }

    /// `02-learning-rate` → `learning-rate`.
    static func shortName(_ id: String) -> String {
        let short = id.drop { $0.isNumber }.drop { $0 == "-" }
        return short.isEmpty ? id : String(short)
    }

    /// `:lessons`
    func listing() -> String {
        var list = ChapterList(catalog: setup.catalog, progress: progress)
        list.startCommand = ":lesson N"
        return list.text
    }

    /// `:lesson N` or `:lesson 02-learning-rate`: the opening reply, or why it cannot start.
    func start(_ argument: String, session: Session) -> Result<PlayerReply, LessonStartError> {
        guard let chapter = chapterNumber(argument) else {
            let ids = setup.catalog.files.map(\.id)
            return .failure(LessonStartError(message: argument.isEmpty
                ? "usage: :lesson N\n" + listing()
                : "No chapter '\(argument)'." + (Suggestion.nearest(to: argument, among: ids).map { " Did you mean '\($0)'?" } ?? " :lessons lists them.")))
        }
        do throws(LessonCatalogError) {
            let lesson = try setup.catalog.lesson(chapter: chapter)
            var player = LessonPlayer(lesson: lesson, chapter: chapter, session: session, seed: setup.seed,
                                      record: progress[lesson: lesson.id], exam: setup.exam)
            var reply = player.start()
            self.player = player
            keep(&reply)
            return .success(reply)
        } catch {
            return .failure(LessonStartError(message: error.description))
        }
    }

    /// Passes a line to the open lesson. Runs on the computation's worker thread.
    func handle(_ line: String) -> PlayerReply {
        guard var player else { return PlayerReply(prompt: "") }
        var reply = player.handle(line)
        self.player = player
        keep(&reply)
        return reply
    }

    /// Appends the player's events to the log, and closes the lesson when it ended.
    /// The first failure to write is added to the reply, once.
    private func keep(_ reply: inout PlayerReply) {
        guard var player else { return }
        let log = setup.store.log(for: setup.student)
        for event in player.takeEvents() {
            do throws(RecordError) {
                try log.append(event)
            } catch {
                if !writeFailed { reply.blocks.append(.message("warning: \(error.description)")) }
                writeFailed = true
                break
            }
        }
        self.player = reply.ended ? nil : player
        prompt = reply.ended ? nil : reply.prompt
    }

    private func chapterNumber(_ argument: String) -> Int? {
        let files = setup.catalog.files
        if let number = Int(argument), files.indices.contains(number - 1) { return number }
        let wanted = argument.lowercased()
        if let index = files.firstIndex(where: { $0.id.lowercased() == wanted || LessonHost.shortName($0.id).lowercased() == wanted }) {
            return index + 1
        }
        return nil
    }
}

struct LessonStartError: Error {
    var message: String
}
