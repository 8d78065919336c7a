import Language
import Optimization
import Plotting

/// stepdecay, exponential, cosine, warmup: learning-rate schedules for an optimizer's
/// `schedule =`, and lrplot to draw them.
extension Builtins {
    static let schedules: [Builtin] = [
        Builtin(name: "stepdecay", signature: "stepdecay(every = 10, factor = 0.1)",
                summary: "a schedule: multiply lr by factor every `every` steps (PyTorch StepLR), for schedule = …",
                example: "sgd((w-2)^2, w = 5, lr = 0.1, steps = 30, schedule = stepdecay(every = 10, factor = 0.5))") { args, _ throws(LanguageError) in
            let every = try args.count("every", position: 0, default: nil)
            let factor = try args.number("factor", default: 0.1)
            return try scheduleValue(.stepDecay(every: every, factor: factor), args, allowed: ["every", "factor"])
        },
        Builtin(name: "exponential", signature: "exponential(gamma = 0.95)",
                summary: "a schedule: multiply lr by gamma every step (PyTorch ExponentialLR), for schedule = …",
                example: "sgd((w-2)^2, w = 5, lr = 0.1, steps = 30, schedule = exponential(gamma = 0.9))") { args, _ throws(LanguageError) in
            let gamma = try args.real("gamma", position: 0)
            return try scheduleValue(.exponential(gamma: gamma), args, allowed: ["gamma"])
        },
        Builtin(name: "cosine", signature: "cosine(steps = 100, min = 0)",
                summary: "a schedule: lr falls along half a cosine to min over `steps` steps (PyTorch CosineAnnealingLR), for schedule = …",
                example: "sgd((w-2)^2, w = 5, lr = 0.1, steps = 30, schedule = cosine(steps = 30))") { args, _ throws(LanguageError) in
            let steps = try args.count("steps", position: 0, default: nil)
            let minimum = try args.number("min", default: 0)
            return try scheduleValue(.cosine(steps: steps, minimum: minimum), args, allowed: ["steps", "min"])
        },
        Builtin(name: "warmup", signature: "warmup(steps = 5, start = 1/3)",
                summary: "a schedule: lr grows linearly from start·lr to lr over `steps` steps (PyTorch LinearLR); [warmup(5), cosine(95)] warms up, then follows cosine",
                example: "adam((w-2)^2, w = 5, lr = 0.1, steps = 100, schedule = [warmup(5), cosine(95)])") { args, _ throws(LanguageError) in
            let steps = try args.count("steps", position: 0, default: 5)
            let start = try args.number("start", default: 1.0 / 3)
            return try scheduleValue(.warmup(steps: steps, start: start), args, allowed: ["steps", "start"])
        },
        Builtin(name: "lrplot", signature: "lrplot([stepdecay(every = 10), cosine(steps = 100)], steps = 100, lr = 0.1)",
                summary: "plots each schedule's learning rate over the steps, to compare schedules",
                example: "lrplot([stepdecay(every = 25, factor = 0.5), exponential(gamma = 0.97), cosine(steps = 100), [warmup(10), cosine(90)]], steps = 100)") { args, _ throws(LanguageError) in
            try args.expectCount(1, 1, "1 argument: a schedule or a list of schedules")
            try args.expectOptions(["steps", "lr", "title", "width", "height"])
            let steps = try args.integer("steps", default: 100, in: 1...1_000_000)
            let base = try args.number("lr", default: 0.1, in: 0...(.infinity))
            let argument = args.positional[0]
            var schedules: [LearningRateSchedule] = []
            if case .list(let values) = argument.value, values.contains(where: { if case .list = $0 { true } else { false } })
                || values.first.map({ if case .schedule = $0 { true } else { false } }) == true {
                for value in values { schedules.append(try schedule(of: value, "lrplot", at: argument.range)) }
            } else {
                schedules.append(try schedule(of: argument.value, "lrplot", at: argument.range))
            }
            let series = schedules.map { schedule in
                Series.line(schedule.spelling, points: (0...steps).map { t in (x: Double(t), y: schedule.rate(at: t, base: base)) })
            }
            return .output(.plot(.line(LinePlot(series, title: try args.text("title") ?? "learning rate over the steps",
                                                width: try args.integer("width", default: 0, in: 0...1000).nonZero,
                                                height: try args.integer("height", default: 0, in: 0...500).nonZero))))
        },
    ]

    private static func scheduleValue(_ schedule: LearningRateSchedule, _ args: Arguments, allowed: [String]) throws(LanguageError) -> Value {
        try args.expectCount(0, 1, "at most 1 number; the settings by name, as in \(allowed[0]) = …")
        try args.expectOptions(allowed)
        try translatingOptimizationErrors(args.function, at: args.range) { try schedule.validate() }
        return .schedule(schedule)
    }

    /// A schedule value, or a list of them to follow one after another.
    static func schedule(of value: Value, _ function: String, at range: SourceRange) throws(LanguageError) -> LearningRateSchedule {
        switch value {
        case .schedule(let schedule): return schedule
        case .list(let values) where !values.isEmpty:
            var parts: [LearningRateSchedule] = []
            for value in values { parts.append(try schedule(of: value, function, at: range)) }
            return .sequence(parts)
        default:
            throw .invalidArgument(function: function,
                                   message: "schedule must be a schedule such as cosine(steps = 100), or a list such as [warmup(5), cosine(95)], not \(value.kindDescription)",
                                   at: range)
        }
    }

    /// Reads `rtol = …` and `schedule = …`, which every optimizer and `fit` accept.
    static func readStoppingAndSchedule(into hyperparameters: inout Hyperparameters, _ args: Arguments) throws(LanguageError) {
        hyperparameters.relativeTolerance = try args.number("rtol", default: 0, in: 0...(.infinity))
        if let option = args.option("schedule") {
            let schedule = try schedule(of: option.value, args.function, at: option.range)
            try translatingOptimizationErrors(args.function, at: option.range) { try schedule.validate() }
            hyperparameters.schedule = schedule
        }
    }
}

private extension Int {
    var nonZero: Int? { self == 0 ? nil : self }
}

private extension Arguments {
    /// A whole number ≥ 1 given by name or as positional argument `position`.
    func count(_ label: String, position: Int, default value: Int?) throws(LanguageError) -> Int {
        if option(label) == nil, positional.count > position {
            return try integer(position, label, in: 1...100_000_000)
        }
        if option(label) == nil, value == nil {
            throw .invalidArgument(function: function, message: "give \(label) = …, a whole number ≥ 1", at: range)
        }
        return try integer(label, default: value ?? 1, in: 1...100_000_000)
    }

    /// A number given by name or as positional argument `position`; required.
    func real(_ label: String, position: Int) throws(LanguageError) -> Double {
        if option(label) == nil, positional.count > position,
           let expr = Interpreter.expression(of: positional[position].value), let number = try? expr.evaluate(), number.isFinite {
            return number
        }
        if option(label) == nil {
            throw .invalidArgument(function: function, message: "give \(label) = …, a number", at: range)
        }
        return try number(label, default: 0)
    }
}
