import Foundation
import Kernel
import Language
import Lessons

/// Lessons in a notebook: `:lessons` lists the chapters, `:lesson N` opens one for the
/// student the kernel runs as, and `:answer K ANSWER`, `:hint K` and `:skip K` work on its
/// exercises. Answers are checked by the same checker as at the terminal and every event
/// is appended to the same attempt log, so `descent grade` marks notebook work too.
///
/// Used only from the shell thread, one request at a time.
final class NotebookLessons {
    let setup: LessonSetup
    private var player: LessonPlayer?
    /// Set once writing the log failed, so the student is told once, not at every answer.
    private var writeFailed = false

    init(setup: LessonSetup) {
        self.setup = setup
    }

    /// The commands this answers, all in ``Session/commands``.
    static let commandNames: Set<String> = ["lessons", "lesson", "answer", "hint", "skip"]

    /// What `:name argument` shows.
    func run(_ name: String, _ argument: String, session: Session) -> String {
        switch name {
        case "lessons":
            return setup.chapterListing
        case "lesson":
            return open(argument, session: session)
        default:
            return exercise(name, argument)
        }
    }

    private func open(_ argument: String, session: Session) -> String {
        guard let chapter = setup.chapterNumber(argument) else {
            return argument.isEmpty ? "usage: :lesson N\n" + setup.chapterListing : "No chapter '\(argument)'. :lessons lists them."
        }
        do throws(LessonCatalogError) {
            let lesson = try setup.catalog.lesson(chapter: chapter)
            if lesson.exam || setup.exam { return LessonNotebook.examRefusal(chapter) }
            let loaded = setup.store.progress(of: setup.student, in: setup.catalog)
            var player = LessonPlayer(lesson: lesson, chapter: chapter, session: session, seed: setup.seed,
                                      record: loaded.progress[lesson: lesson.id], exam: setup.exam)
            var reply = player.openForNotebook()
            reply.blocks.insert(.message("Answers are recorded for \(setup.student) in \(Self.shortened(setup.log.file.path))."), at: 0)
            if let notice = loaded.notice { reply.blocks.insert(.message(notice), at: 0) }
            self.player = player
            return text(keeping: reply, session: session)
        } catch {
            return error.description
        }
    }

    /// `path` with the home folder written `~`, as a student knows it.
    static func shortened(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        guard let home, !home.isEmpty, home != "/", path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// `:answer K ANSWER`, `:hint K`, `:skip K`.
    private func exercise(_ name: String, _ argument: String) -> String {
        let usage = name == "answer" ? ":answer K ANSWER, such as :answer 3 2x" : ":\(name) K, such as :\(name) 3"
        guard var player else {
            return "No chapter is open: run the notebook's first cell, `:lesson N`, then \(usage)."
        }
        let words = argument.split(separator: " ", maxSplits: 1)
        guard let first = words.first, let number = Int(first) else {
            return "usage: \(usage) (K is the exercise's number)."
        }
        let rest = words.count > 1 ? String(words[1]) : ""
        let reply: PlayerReply
        switch name {
        case "answer": reply = player.answer(exercise: number, rest)
        case "hint": reply = player.hint(exercise: number)
        default: reply = player.skip(exercise: number)
        }
        self.player = player
        return text(keeping: reply, session: player.session)
    }

    /// The reply as plain text, after appending the player's events to the log.
    private func text(keeping reply: PlayerReply, session: Session) -> String {
        var reply = reply
        if var player {
            do throws(RecordError) {
                try setup.log.append(player.takeEvents())
            } catch {
                if !writeFailed { reply.blocks.append(.message("warning: \(error.description)")) }
                writeFailed = true
            }
            self.player = player
        }
        var settings = session.settings
        settings.color = false
        return reply.text(renderer: TextRenderer(settings: settings))
    }
}
