import Language

/// The `key: value` lines of an ```` ```exercise ```` block.
///
/// A line that does not start with a known key continues the previous value, so a long
/// question can wrap. Values that are expressions are parsed here, so a typo in a lesson
/// is reported at its line rather than when a student meets it.
struct ExerciseBlock {
    static let keys = ["question", "answer", "hint", "wrong", "tolerance", "domain", "simplified", "constants"]

    var file: String
    /// The line of the opening fence; the block's first line is `line + 1`.
    var line: Int
    var lines: [String]

    func exercise(number: Int) throws(LessonFileError) -> Exercise {
        var entries: [(key: String, value: String, line: Int)] = []
        for (offset, text) in lines.enumerated() {
            let lineNumber = line + 1 + offset
            let trimmed = text.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            if let colon = trimmed.firstIndex(of: ":"),
               trimmed[..<colon].allSatisfy({ $0.isLetter || $0 == "_" }), !trimmed[..<colon].isEmpty {
                let key = trimmed[..<colon].lowercased()
                guard Self.keys.contains(key) else {
                    let hint = Suggestion.nearest(to: key, among: Self.keys).map { " (did you mean '\($0)'?)" } ?? ""
                    throw error(lineNumber, "unknown exercise field '\(key)'\(hint); fields: \(Self.keys.joined(separator: ", "))")
                }
                entries.append((key, String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace(), lineNumber))
            } else if let last = entries.indices.last {
                entries[last].value += " " + trimmed
            } else {
                throw error(lineNumber, "expected 'question:' or another field, found '\(trimmed)'")
            }
        }
        func single(_ key: String) throws(LessonFileError) -> (value: String, line: Int)? {
            let found = entries.filter { $0.key == key }
            if found.count > 1 { throw error(found[1].line, "'\(key):' given twice") }
            return found.first.map { ($0.value, $0.line) }
        }
        guard let question = try single("question") else { throw error(line, "exercise without 'question:'") }
        guard let answer = try single("answer") else { throw error(line, "exercise without 'answer:'") }
        var exercise = Exercise(number: number, line: line, question: question.value, answer: answer.value)
        for entry in entries {
            switch entry.key {
            case "hint":
                exercise.hints.append(entry.value)
            case "wrong":
                guard let arrow = entry.value.range(of: "=>") else {
                    throw error(entry.line, "expected 'wrong: ANSWER => FEEDBACK'")
                }
                let wrong = String(entry.value[..<arrow.lowerBound]).trimmingWhitespace()
                let feedback = String(entry.value[arrow.upperBound...]).trimmingWhitespace()
                exercise.wrongAnswers.append(WrongAnswer(answer: wrong, feedback: feedback))
            case "tolerance":
                guard let value = Double(entry.value), value >= 0 else {
                    throw error(entry.line, "tolerance takes a number such as 1e-6")
                }
                exercise.tolerance = value
            case "simplified":
                guard let flag = ["true": true, "yes": true, "false": false, "no": false][entry.value.lowercased()] else {
                    throw error(entry.line, "simplified takes true or false")
                }
                exercise.simplified = flag
            case "domain":
                for (name, text) in try assignments(entry.value, entry.line) {
                    exercise.domain[name] = try range(text, entry.line)
                }
            case "constants":
                for (name, text) in try assignments(entry.value, entry.line) {
                    exercise.constants.append(ConstantRule(name: name, choices: try choices(text, entry.line)))
                }
            default:
                break
            }
        }
        try validateExpressions(exercise, answerLine: answer.line, entries: entries)
        return exercise
    }

    /// Parses the answer and the wrong answers, so lesson errors point at their lines.
    private func validateExpressions(
        _ exercise: Exercise, answerLine: Int, entries: [(key: String, value: String, line: Int)]
    ) throws(LessonFileError) {
        let wrongLines = entries.filter { $0.key == "wrong" }.map(\.line)
        let texts = [(exercise.answer, answerLine)] + zip(exercise.wrongAnswers.map(\.answer), wrongLines).map { ($0, $1) }
        for (text, line) in texts {
            if case .failure(let diagnostic) = AnswerReader.read(text) {
                throw error(line, "'\(text)': \(diagnostic.message)")
            }
        }
    }

    /// `a = 2..9, b = [1, 2]` as pairs, splitting at commas outside brackets.
    private func assignments(_ text: String, _ line: Int) throws(LessonFileError) -> [(String, String)] {
        var parts: [String] = []
        var depth = 0
        var current = ""
        for character in text {
            if character == "[" { depth += 1 }
            if character == "]" { depth -= 1 }
            if character == ",", depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        var pairs: [(String, String)] = []
        for part in parts {
            let sides = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard sides.count == 2, let first = sides[0].first, first.isLetter,
                  sides[0].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw error(line, "expected NAME = LOW..HIGH, found '\(part.trimmingWhitespace())'")
            }
            pairs.append((sides[0], sides[1]))
        }
        return pairs
    }

    private func range(_ text: String, _ line: Int) throws(LessonFileError) -> ClosedRange<Double> {
        let ends = text.components(separatedBy: "..").map { $0.trimmingWhitespace() }
        guard ends.count == 2, let low = Double(ends[0]), let high = Double(ends[1]), low < high else {
            throw error(line, "expected a range such as -2..2, found '\(text)'")
        }
        return low...high
    }

    private func choices(_ text: String, _ line: Int) throws(LessonFileError) -> ConstantRule.Choices {
        if text.hasPrefix("[") && text.hasSuffix("]") {
            let values = text.dropFirst().dropLast().split(separator: ",").compactMap { Double(String($0).trimmingWhitespace()) }
            guard !values.isEmpty else { throw error(line, "expected a list of numbers such as [0.1, 0.2]") }
            return .list(values)
        }
        let ends = text.components(separatedBy: "..").map { $0.trimmingWhitespace() }
        guard ends.count == 2, let low = Int(ends[0]), let high = Int(ends[1]), low <= high else {
            throw error(line, "constants take whole-number ranges such as 2..9 or lists such as [0.1, 0.5], found '\(text)'")
        }
        return .integers(low...high)
    }

    private func error(_ line: Int, _ message: String) -> LessonFileError {
        LessonFileError(file: file, line: line, message: message)
    }
}
