import Kernel

/// A whole chapter as text, every cell run and its output shown: `descent lesson N --print`.
///
/// Exercises show their question (constants drawn with `seed`) but not their answer.
public struct LessonPrinter: Sendable {
    public var settings: Settings
    public var seed: UInt64

    public init(settings: Settings, seed: UInt64) {
        self.settings = settings
        self.seed = seed
    }

    public func text(of lesson: Lesson, chapter: Int) -> String {
        let session = Session(settings: settings)
        var player = LessonPlayer(lesson: lesson, chapter: chapter, session: session, seed: seed)
        let renderer = TextRenderer(settings: settings)
        var parts = [player.start().text(renderer: renderer)]
        while true {
            let cells = player.runCells()
            if !cells.isEmpty { parts.append(PlayerReply(blocks: cells, prompt: "").text(renderer: renderer)) }
            let next = player.advance()
            parts.append(next.text(renderer: renderer))
            if next.ended { break }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
