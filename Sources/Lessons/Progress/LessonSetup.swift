/// Where lessons come from and whose progress they record: what a front end (the REPL,
/// `descent lesson N`, the Jupyter kernel) decides once at start-up.
public struct LessonSetup: Sendable {
    public var catalog: LessonCatalog
    public var store: RecordStore
    public var student: String
    /// The exercises' seed: the class's, or one drawn from the student's name.
    public var seed: UInt64
    /// Exam mode: diff, grad, hessian, taylor, simplify and eval are off during exercises.
    public var exam: Bool

    public init(catalog: LessonCatalog, store: RecordStore, student: String, seed: UInt64, exam: Bool = false) {
        self.catalog = catalog
        self.store = store
        self.student = student
        self.seed = seed
        self.exam = exam
    }

    /// The student's log.
    public var log: AttemptLog { store.log(for: student) }

    /// The student's progress, replayed from their log.
    public var progress: StudentProgress {
        store.progress(of: student, in: catalog).progress
    }

    /// `:lessons`: the chapters with the student's progress, each opened by `:lesson N`.
    public var chapterListing: String {
        var list = ChapterList(catalog: catalog, progress: progress)
        list.startCommand = ":lesson N"
        return list.text
    }

    /// The chapter `argument` names, by number (`2`) or by file name with or without its
    /// number (`02-learning-rate`, `learning-rate`).
    public func chapterNumber(_ argument: String) -> Int? {
        let files = catalog.files
        if let number = Int(argument), files.indices.contains(number - 1) { return number }
        let wanted = argument.lowercased()
        if let index = files.firstIndex(where: { $0.id.lowercased() == wanted || Self.shortName($0.id).lowercased() == wanted }) {
            return index + 1
        }
        return nil
    }

    /// Chapter names for completion after `:lesson `: their numbers, and their file names
    /// without the number (`learning-rate`), since `-` ends a word for completion.
    public var chapterNames: [String] {
        catalog.files.enumerated().flatMap { ["\($0.offset + 1)", Self.shortName($0.element.id)] }
    }

    /// `02-learning-rate` → `learning-rate`.
    public static func shortName(_ id: String) -> String {
        let short = id.drop { $0.isNumber }.drop { $0 == "-" }
        return short.isEmpty ? id : String(short)
    }
}
