import Kernel
import Language

/// A whole chapter as text, every cell run and its output shown: `descent lesson N --print`.
///
/// Exercises show their question (constants drawn with `seed`); with `key`, a teacher's
/// answer key, each is followed by its answer and the constants drawn.
public struct LessonPrinter: Sendable {
    public var settings: Settings
    public var seed: UInt64
    public var key: Bool
    /// With `key`: show each answer as written with its constants' ranges, for no student in
    /// particular, instead of the values drawn with `seed`.
    public var keyIsGeneric = false

    public init(settings: Settings, seed: UInt64, key: Bool = false) {
        self.settings = settings
        self.seed = seed
        self.key = key
    }

    /// `Answer: 2*a*x (a from 2..9)`
    static func genericKeyLine(_ exercise: Exercise) -> String {
        let rules = exercise.constants.map { rule in
            switch rule.choices {
            case .integers(let range): "\(rule.name) from \(range.lowerBound)..\(range.upperBound)"
            case .list(let values): "\(rule.name) one of \(values.map { Printer(style: .unicode).string(.real($0)) }.joined(separator: ", "))"
            }
        }.joined(separator: "; ")
        let answer: String = if case .choice(let options, let correct) = exercise.kind { options[correct] } else { exercise.answer }
        return "Answer: \(answer)" + (rules.isEmpty ? "" : " (\(rules))")
    }

    func keyLine(_ instance: ExerciseInstance) -> String {
        let answer = keyIsGeneric ? Self.genericKeyLine(instance.exercise) : Self.keyLine(instance)
        guard let solution = keyIsGeneric ? instance.exercise.solution : instance.solution else { return answer }
        return LineWrapper(width: max(20, settings.width)).wrap(answer + "\nWhy: " + solution)
    }

    /// `Answer: 6x (a = 3)`
    static func keyLine(_ instance: ExerciseInstance) -> String {
        let printer = Printer(style: .unicode)
        let constants = instance.constants.sorted { $0.key < $1.key }
            .map { "\($0.key) = \(printer.string(ExerciseInstance.number($0.value)))" }.joined(separator: ", ")
        return "Answer: \(instance.revealed)" + (constants.isEmpty ? "" : " (\(constants))")
    }

    /// The chapter as styled runs: prose emphasis and output styles kept, control characters
    /// from the lesson file escaped.
    public func styled(of lesson: Lesson, chapter: Int) -> StyledText {
        let session = Session(settings: settings)
        var player = LessonPlayer(lesson: lesson, chapter: chapter, session: session, seed: seed)
        let renderer = TextRenderer(settings: settings)
        var parts = [player.start().styled(renderer: renderer)]
        if key, let instance = player.currentExercise { parts.append(keyText(instance)) }
        while true {
            let cells = player.runCells()
            if !cells.isEmpty { parts.append(PlayerReply(blocks: cells, prompt: "").styled(renderer: renderer)) }
            let next = player.advance()
            parts.append(next.styled(renderer: renderer))
            if next.ended { break }
            if key, let instance = player.currentExercise { parts.append(keyText(instance)) }
        }
        var text = StyledText()
        for (index, part) in parts.enumerated() {
            if index > 0 { text.append("\n\n") }
            text.append(part)
        }
        text.append("\n")
        return text
    }

    /// ``keyLine(_:)`` as one run, its control characters escaped.
    private func keyText(_ instance: ExerciseInstance) -> StyledText {
        StyledText(TerminalText.escaped(keyLine(instance)))
    }

    /// ``styled(of:chapter:)`` without its styles.
    public func text(of lesson: Lesson, chapter: Int) -> String {
        styled(of: lesson, chapter: chapter).plain
    }
}
