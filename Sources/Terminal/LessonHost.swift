import Foundation
import Kernel
import Language
import Lessons

/// Lessons inside the REPL: `:lessons` lists the chapters with the student's progress,
/// `:lesson N` starts or resumes one in the REPL's own session, and while it is open every
/// line goes to the lesson (Enter runs the cell shown, `:next`, `:hint`, `:quit` …).
/// Every event is appended to the student's attempt log as it happens.
final class LessonHost: @unchecked Sendable {
    private let setup: LessonSetup
    private(set) var player: LessonPlayer?
    private(set) var prompt: String?
    /// Set once writing the log failed, so the student is told once, not at every step.
    private var writeFailed = false

    init(setup: LessonSetup) {
        self.setup = setup
        setup.store.removeLeftovers()
    }

    var isActive: Bool { player != nil }

    /// Whether the open lesson is at an exercise still to answer, where lines are answers.
    var isAnswering: Bool { player?.isAnswering == true }

    /// Chapter names for Tab after `:lesson `: their numbers, and their file names without
    /// the number (`learning-rate`), since `-` ends a word for completion.
    var names: [String] {
        setup.chapterNames
    }

    /// `:lessons`
    func listing() -> String { setup.chapterListing }

    /// `:lesson N` or `:lesson 02-learning-rate`: the opening reply, or why it cannot start.
    func start(_ argument: String, session: Session) -> Result<PlayerReply, LessonStartError> {
        guard let chapter = setup.chapterNumber(argument) else {
            let ids = setup.catalog.files.map(\.id)
            return .failure(LessonStartError(message: argument.isEmpty
                ? "usage: :lesson N\n" + listing()
                : "No chapter '\(argument)'." + (Suggestion.nearest(to: argument, among: ids).map { " Did you mean '\($0)'?" } ?? " :lessons lists them.")))
        }
        do throws(LessonCatalogError) {
            let lesson = try setup.catalog.lesson(chapter: chapter)
            var player = LessonPlayer(lesson: lesson, chapter: chapter, session: session, seed: setup.seed,
                                      record: setup.progress[lesson: lesson.id], exam: setup.exam)
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
        do throws(RecordError) {
            try setup.log.append(player.takeEvents())
        } catch {
            if !writeFailed { reply.blocks.append(.message("warning: \(error.description)")) }
            writeFailed = true
        }
        self.player = reply.ended ? nil : player
        prompt = reply.ended ? nil : reply.prompt
    }
}

struct LessonStartError: Error {
    var message: String
}
