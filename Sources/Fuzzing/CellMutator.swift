import Optimization

/// Makes cells for fuzzing from a corpus of real ones: characters inserted, deleted and
/// replaced, cells spliced, numbers swapped for extreme ones, deep nesting and long chains,
/// and random expressions. The same seed gives the same cells.
public struct CellMutator {
    private var random: SeededRandom
    private let corpus: [String]

    /// Numbers at the edges: zero, the extremes of Double and Int, nan and inf.
    static let extremeNumbers = [
        "0", "-0", "1", "-1", "0.5", "1e308", "1e-320", "5e-324", "1e400", "2^63", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "18446744073709551616", "1e6", "1e9", "100", "1000",
        "nan", "inf", "-inf", "0.0000001", "123456789012345678901234567890",
    ]

    /// Characters to insert: the language's own, its Unicode forms, and ones it does not know.
    static let alphabet: [Character] = Array("xyzwab019.e+-*/^()[],=_\" π²⁻¹−·×÷") + [
        "\u{202E}", "\u{1B}", "\u{7}", "\u{8}", "\u{FEFF}", "\u{301}", "é", "😀", "\t", "∞", "…", ":", ";", "$", "'", "..",
    ].compactMap(\.first)

    static let names = ["x", "y", "w", "b", "f", "r", "_", "Out", "pi", "e", "inf", "nan", "sin", "exp", "log", "sigmoid"]
    static let operators = ["+", "-", "*", "/", "^", ".."]

    public init(seed: UInt64, corpus: [String]) {
        random = SeededRandom(seed: seed)
        self.corpus = corpus.isEmpty ? FuzzCorpus.seeds : corpus
    }

    /// The next cell: a mutated corpus cell most of the time, else a random expression.
    public mutating func next() -> String {
        var cell: String
        switch pick(20) {
        case 0: cell = randomExpression(depth: 4)
        case 1: cell = deeplyNested()
        default: cell = pick(corpus)
        }
        for _ in 0...pick(4) { cell = mutate(cell) }
        return cell.filter { $0 != "\n" && $0 != "\r" }
    }

    private mutating func mutate(_ cell: String) -> String {
        var characters = Array(cell)
        switch pick(10) {
        case 7:
            return repeatingAnArgument(in: characters)
        case 8:
            return replacingAName(in: characters)
        case 0:
            characters.insert(pick(CellMutator.alphabet), at: pick(characters.count + 1))
        case 1 where !characters.isEmpty:
            characters.remove(at: pick(characters.count))
        case 2 where !characters.isEmpty:
            characters[pick(characters.count)] = pick(CellMutator.alphabet)
        case 3:
            let other = Array(pick(corpus))
            return String(characters.prefix(pick(characters.count + 1)) + other.suffix(pick(other.count + 1)))
        case 4:
            return replacingNumber(in: cell)
        case 5 where !characters.isEmpty:
            let start = pick(characters.count)
            let end = start + pick(characters.count - start + 1)
            let part = characters[start..<end]
            characters.insert(contentsOf: part, at: end)
        case 6:
            let name = pick(CellMutator.names)
            return "\(name) = \(cell)"
        default:
            return replacingNumber(in: cell)
        }
        return String(characters)
    }

    /// The cell with one of its numbers (or a random position) replaced by an extreme number.
    private mutating func replacingNumber(in cell: String) -> String {
        let characters = Array(cell)
        let digits = characters.indices.filter { characters[$0].isNumber }
        let number = pick(CellMutator.extremeNumbers)
        guard let position = digits.isEmpty ? nil : pick(digits) else {
            return cell + " * " + number
        }
        var end = position
        while end < characters.count, characters[end].isNumber || characters[end] == "." { end += 1 }
        var start = position
        while start > 0, characters[start - 1].isNumber || characters[start - 1] == "." { start -= 1 }
        return String(characters[..<start]) + number + String(characters[end...])
    }

    /// The cell with one of its arguments (`, lr = 0.1`) written twice.
    private mutating func repeatingAnArgument(in characters: [Character]) -> String {
        let commas = characters.indices.filter { characters[$0] == "," }
        guard !commas.isEmpty else { return String(characters) }
        let start = pick(commas)
        var end = start + 1
        while end < characters.count, characters[end] != ",", characters[end] != ")" { end += 1 }
        var result = characters
        result.insert(contentsOf: characters[start..<end], at: end)
        return String(result)
    }

    /// The cell with one of its names replaced by another name, built-in or not.
    private mutating func replacingAName(in characters: [Character]) -> String {
        let starts = characters.indices.filter { characters[$0].isLetter && ($0 == 0 || !characters[$0 - 1].isLetter) }
        guard !starts.isEmpty else { return String(characters) }
        let start = pick(starts)
        var end = start
        while end < characters.count, characters[end].isLetter || characters[end].isNumber { end += 1 }
        let name = pick(CellMutator.names + ["diff", "plot", "contour", "table", "layers", "fit", "adam", "params", "steps", "seed", "paths"])
        return String(characters[..<start]) + name + String(characters[end...])
    }

    /// Nesting near and past the parser's limit, in each of the ways a tree gets deep.
    private mutating func deeplyNested() -> String {
        let count = pick([10, 1_000, 9_999, 10_001, 20_000])
        let atom = pick(["x", "1", "pi", "[x]"])
        switch pick(6) {
        case 0: return String(repeating: "(", count: count) + atom + String(repeating: ")", count: count)
        case 1: return String(repeating: "-", count: count) + atom
        case 2: return String(repeating: "x+", count: count) + atom
        case 3: return String(repeating: "x*", count: count) + atom
        case 4: return String(repeating: "sin(", count: count) + atom + String(repeating: ")", count: count)
        default: return String(repeating: "x^", count: count) + atom
        }
    }

    private mutating func randomExpression(depth: Int) -> String {
        if depth == 0 || pick(3) == 0 {
            return pick(3) == 0 ? pick(CellMutator.extremeNumbers) : pick(CellMutator.names)
        }
        switch pick(4) {
        case 0: return "(" + randomExpression(depth: depth - 1) + ")"
        case 1: return pick(["sin", "exp", "log", "sqrt", "sigmoid", "diff", "expand", "simplify"]) + "(" + randomExpression(depth: depth - 1) + ")"
        case 2: return "[" + randomExpression(depth: depth - 1) + ", " + randomExpression(depth: depth - 1) + "]"
        default: return randomExpression(depth: depth - 1) + " " + pick(CellMutator.operators) + " " + randomExpression(depth: depth - 1)
        }
    }

    private mutating func pick(_ bound: Int) -> Int {
        bound <= 1 ? 0 : random.index(below: bound)
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[pick(items.count)]
    }
}
