import Kernel

extension LessonChecker {
    /// A problem for each plotted series of `output` that is nan (or infinite) everywhere:
    /// the student would see an empty plot where the text describes a curve.
    static func blankSeriesProblems(in output: Output?) -> [String] {
        (output?.seriesUndefinedEverywhere ?? []).map { name in
            "plotted series '\(name)' is not a number anywhere on its range, so it draws nothing; "
                + "if it is a sequence in an integer k, plot it with step = 1"
        }
    }
}
