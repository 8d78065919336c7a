import Testing
import Kernel

/// rtol and schedule as a student types them.
@Suite struct ScheduleBuiltinTests {
    @Test func rtolStopIsWorded() {
        let text = show("sgd((w-2)^2 + 1, w = 5, lr = 0.1, steps = 1000, rtol = 1e-6)")
        #expect(text.contains("stopped at step 35: the loss changed by less than rtol = 1e-6"))
    }

    @Test(arguments: [
        "schedule = stepdecay(every = 2, factor = 0.5)", "schedule = stepdecay(2, factor = 0.5)",
        "schedule = exponential(gamma = 0.5)", "schedule = exponential(0.5)",
        "schedule = cosine(steps = 4)", "schedule = [warmup(2), cosine(2)]",
    ])
    func everyOptimizerAcceptsASchedule(_ option: String) {
        for kind in ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw"] {
            let text = show("\(kind)((w-2)^2, w = 5, lr = 0.1, steps = 4, \(option))", csv: true)
            #expect(text.split(separator: "\n").first { $0.hasPrefix("step,") }?.hasSuffix(",lr") == true, "\(kind) \(option)")
        }
    }

    @Test func fitAcceptsAScheduleAndRtol() {
        let text = show("fit(w*x + b, x = [1, 2, 3, 4, 5], y = [2, 4, 5, 4, 5], params = [w, b], lr = 0.01, steps = 5000, rtol = 1e-6, schedule = exponential(0.9999))")
        #expect(text.contains("stopped at step 2758: the loss changed by less than rtol = 1e-6"))
    }

    @Test(arguments: [
        ("sgd(w^2, w = 1, schedule = 3)", "schedule must be a schedule such as cosine(steps = 100)"),
        ("sgd(w^2, w = 1, schedule = [exponential(0.9), cosine(3)])", "only the last may run without end"),
        ("cosine(0)", "the steps must be a whole number from 1"),
        ("warmup(5, start = 0)", "start = 0 is not allowed"),
        ("exponential()", "give gamma"),
        ("cosine(10, width = 3)", "width"),
    ])
    func badSchedulesGetAMessage(_ cell: String, _ message: String) {
        #expect(show(cell).contains(message), "\(show(cell))")
    }

    /// lr = 1 bounces on (w − 2)² forever; a cosine schedule shrinks the rate and ends the bounce.
    @Test func lrsweepTakesASchedule() {
        #expect(show("lrsweep((w-2)^2, w = 5, lrs = [1], steps = 20)").contains("oscillating"))
        #expect(show("lrsweep((w-2)^2, w = 5, lrs = [1], steps = 20, schedule = cosine(20))").contains("converged"))
    }

    @Test func lrplotNamesEachScheduleInTheLegend() {
        let text = show("lrplot([stepdecay(every = 25, factor = 0.5), cosine(steps = 100)], steps = 100)")
        #expect(text.contains("stepdecay(every = 25, factor = 0.5)"))
        #expect(text.contains("cosine(steps = 100, min = 0)"))
    }
}

/// lrsweep's verdicts as the student sees them: a bounce is oscillating at any scale.
@Suite struct SweepVerdictWordingTests {
    @Test(arguments: ["lrsweep(10*(w-2)^2, w = 5, lrs = [0.1], steps = 30)", "lrsweep((w-2)^2, w = 5, lrs = [1], steps = 30)"])
    func aBounceIsOscillating(_ cell: String) {
        let text = show(cell)
        #expect(text.contains("oscillating"))
        #expect(!text.contains("diverged"))
    }
}
