import Language

/// The `key: value` lines of an ```` ```exercise ```` block.
///
/// A line that does not start with a known key continues the previous value, so a long
/// question can wrap. Values that are expressions are parsed here, so a typo in a lesson
/// is reported at its line rather than when a student meets it.
struct ExerciseBlock {
    static let keys = ["id", "question", "answer", "choices", "hint", "solution", "wrong", "tolerance", "domain",
                       "except", "simplified", "exact", "constants"]

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
        let id = try single("id")
        if let id, id.value.isEmpty || !id.value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            throw error(id.line, "an id is letters, digits, '-' and '_', such as 'power-rule'")
        }
        var exercise = Exercise(number: number, line: line, question: question.value, answer: answer.value, id: id?.value)
        exercise.kind = try kind(answer: answer, choices: try single("choices"))
        exercise.solution = try single("solution")?.value
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
                guard let value = Double(entry.value), value >= 0, value < 1 else {
                    throw error(entry.line, "tolerance takes a number from 0 to 1 such as 1e-3")
                }
                exercise.tolerance = value
            case "simplified":
                exercise.simplified = try flag(entry.value, key: "simplified", line: entry.line)
            case "exact":
                exercise.exact = try flag(entry.value, key: "exact", line: entry.line)
            case "domain":
                for (name, text) in try assignments(entry.value, entry.line) {
                    exercise.domain[name] = try range(text, entry.line)
                }
            case "except":
                for (name, text) in try assignments(entry.value, entry.line) {
                    guard let value = Double(text), value.isFinite else {
                        throw error(entry.line, "except takes points such as x = 0, found '\(name) = \(text)'")
                    }
                    exercise.exceptions[name, default: []].append(value)
                }
            case "constants":
                for (name, text) in try assignments(entry.value, entry.line) {
                    try checkConstantName(name, domain: exercise.domain, line: entry.line)
                    exercise.constants.append(ConstantRule(name: name, choices: try choices(text, entry.line)))
                }
            default:
                break
            }
        }
        for rule in exercise.constants { try checkConstantName(rule.name, domain: exercise.domain, line: line) }
        try validateExpressions(exercise, entries: entries)
        return exercise
    }

    /// The answer's shape: a choice when `choices:` is given, a vector for `[…]`, an interval
    /// for `lr > 1/8` or `0.1..0.2`, else an expression.
    private func kind(answer: (value: String, line: Int), choices: (value: String, line: Int)?) throws(LessonFileError) -> AnswerKind {
        if let choices {
            let options = choices.value.split(separator: "|").map { String($0).trimmingWhitespace() }
            guard options.count >= 2, options.allSatisfy({ !$0.isEmpty }) else {
                throw error(choices.line, "choices are two or more options separated by '|', such as: yes | no")
            }
            let wanted = AnswerChecker.normalized(answer.value)
            guard let correct = options.firstIndex(where: { AnswerChecker.normalized($0) == wanted }) else {
                throw error(answer.line, "the answer '\(answer.value)' is not one of the choices")
            }
            return .choice(options: options, correct: correct)
        }
        let text = answer.value
        if text.hasPrefix("[") { return .vector }
        if let interval = try interval(text, answer.line) { return .interval(interval) }
        return .expression
    }

    /// `lr > 1/8`, `1/8 < lr <= 1`, `0.1..0.2`, or nil when `text` is none of these.
    private func interval(_ text: String, _ line: Int) throws(LessonFileError) -> IntervalAnswer? {
        if !text.contains("<"), !text.contains(">") {
            let ends = text.components(separatedBy: "..")
            guard ends.count == 2 else { return nil }
            return IntervalAnswer(lower: ends[0].trimmingWhitespace(), lowerClosed: true,
                                  upper: ends[1].trimmingWhitespace(), upperClosed: true)
        }
        var parts: [String] = []
        var operators: [String] = []
        var current = ""
        var characters = Substring(text)
        while let character = characters.first {
            characters = characters.dropFirst()
            if character == "<" || character == ">" {
                var op = String(character)
                if characters.first == "=" { op += "="; characters = characters.dropFirst() }
                parts.append(current.trimmingWhitespace())
                operators.append(op)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingWhitespace())
        let isName = { (text: String) in text.first?.isLetter == true && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }
        var set = IntervalAnswer(lower: nil, lowerClosed: false, upper: nil, upperClosed: false)
        func bound(_ value: String, _ op: String, variableOnLeft: Bool) {
            let above = (op.hasPrefix(">")) == variableOnLeft
            if above { set.lower = value; set.lowerClosed = op.hasSuffix("=") } else { set.upper = value; set.upperClosed = op.hasSuffix("=") }
        }
        if parts.count == 2, isName(parts[0]) {
            bound(parts[1], operators[0], variableOnLeft: true)
        } else if parts.count == 2, isName(parts[1]) {
            bound(parts[0], operators[0], variableOnLeft: false)
        } else if parts.count == 3, isName(parts[1]), operators[0].first == operators[1].first {
            bound(parts[0], operators[0], variableOnLeft: false)
            bound(parts[2], operators[1], variableOnLeft: true)
        } else {
            throw error(line, "expected an inequality such as 'lr > 1/8' or '0 < lr < 1/4', or a range such as 0.1..0.2")
        }
        return set
    }

    private func flag(_ text: String, key: String, line: Int) throws(LessonFileError) -> Bool {
        guard let flag = ["true": true, "yes": true, "false": false, "no": false][text.lowercased()] else {
            throw error(line, "\(key) takes true or false")
        }
        return flag
    }

    /// Names a constant may not take: those of `pi`, `e`, `inf`, `nan`, functions, and variables.
    func checkConstantName(_ name: String, domain: [String: ClosedRange<Double>], line: Int) throws(LessonFileError) {
        if Syntax.namedValue(name) != nil || MathFunction(named: name) != nil {
            throw error(line, "a constant cannot be named '\(name)': that is a built-in name")
        }
        if domain[name] != nil || ["x", "y", "z"].contains(name) {
            throw error(line, "a constant cannot be named '\(name)': it would hide the variable \(name)")
        }
    }

    /// Parses the answer, its bounds and the wrong answers, so lesson errors point at their lines.
    private func validateExpressions(_ exercise: Exercise, entries: [(key: String, value: String, line: Int)]) throws(LessonFileError) {
        let answerLine = entries.first { $0.key == "answer" }?.line ?? line
        var texts: [(String, Int)] = []
        switch exercise.kind {
        case .expression, .vector:
            texts.append((exercise.answer, answerLine))
            let wrongLines = entries.filter { $0.key == "wrong" }.map(\.line)
            texts += zip(exercise.wrongAnswers.map(\.answer), wrongLines).map { ($0, $1) }
        case .interval(let set):
            texts += [set.lower, set.upper].compactMap { $0 }.map { ($0, answerLine) }
        case .choice:
            break
        }
        var shape: Int?
        for (text, line) in texts {
            switch AnswerReader.components(text) {
            case .failure(let diagnostic):
                throw error(line, "'\(text)': \(diagnostic.message)")
            case .success(let components) where exercise.kind == .vector:
                let count = text.hasPrefix("[") ? components.count : 0
                if let shape, count != shape {
                    throw error(line, "'\(text)' is not a vector of \(shape) components like the answer, so it can never match")
                }
                shape = shape ?? count
            case .success:
                break
            }
        }
    }

    /// `a = 2..9, b = [1, 2]` as pairs, splitting at commas outside brackets.
    func assignments(_ text: String, _ line: Int) throws(LessonFileError) -> [(String, String)] {
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
        guard ends.count == 2, let low = Double(ends[0]), let high = Double(ends[1]), low.isFinite, high.isFinite, low < high else {
            throw error(line, "expected a range such as -2..2, found '\(text)'")
        }
        return low...high
    }

    func choices(_ text: String, _ line: Int) throws(LessonFileError) -> ConstantRule.Choices {
        if text.hasPrefix("[") && text.hasSuffix("]") {
            let items = text.dropFirst().dropLast().split(separator: ",").map { String($0).trimmingWhitespace() }
            let values = items.compactMap(Double.init).filter(\.isFinite)
            guard !values.isEmpty, values.count == items.count else {
                throw error(line, "expected a list of numbers such as [0.1, 0.2]")
            }
            return .list(values)
        }
        let ends = text.components(separatedBy: "..").map { $0.trimmingWhitespace() }
        guard ends.count == 2, let low = Int(ends[0]), let high = Int(ends[1]), low <= high else {
            throw error(line, "constants take whole-number ranges such as 2..9 or lists such as [0.1, 0.5], found '\(text)'")
        }
        guard low.magnitude <= 1 << 53, high.magnitude <= 1 << 53 else {
            throw error(line, "a constant's range must lie within ±2^53 (9007199254740992), so it is exact as a number")
        }
        return .integers(low...high)
    }

    func error(_ line: Int, _ message: String) -> LessonFileError {
        LessonFileError(file: file, line: line, message: message)
    }
}
