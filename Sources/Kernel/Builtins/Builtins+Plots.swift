import Language
import Plotting

/// plot, scatter, contour, bars and table.
extension Builtins {
    static let plots: [Builtin] = [
        Builtin(name: "plot", signature: "plot(e, x = a..b) or plot([e1, e2], x = a..b)",
                summary: "line plot of one or more functions; options y = lo..hi, logy = true, step = 1 (only at a, a+1, …: integer steps), width, height, title = \"…\"",
                example: "plot([sin(x), cos(x)], x = -pi..pi)") { args, interpreter throws(LanguageError) in
            try args.expectCount(1, 1, "1 argument (an expression or a list of them) and a range such as x = -2..2")
            let reserved: Set<String> = ["y", "logy", "width", "height", "title", "step"]
            let subject = try PlotSubject(args, reserved: reserved)
            var series = try subject.series(printer: interpreter.session.settings.printer, function: "plot",
                                            at: args.positional[0].range)
            if let xs = try plotSteps(args, variable: subject.variable) { series = series.map { $0.sampled(at: xs) } }
            let y = subject.variable == "y" ? nil : try args.interval("y")
            var plot = LinePlot(series, x: try args.interval(subject.variable), y: y,
                                logY: try args.flag("logy", default: false), title: try args.text("title"),
                                width: try optionalInteger(args, "width", 20...1000),
                                height: try optionalInteger(args, "height", 3...200))
            plot.axisTitles.x = subject.variable
            return .output(.plot(.line(plot)))
        },
        Builtin(name: "scatter", signature: "scatter(xs, ys) or scatter(xs, ys, e)",
                summary: "the points (xs[i], ys[i]), with a function such as a fitted line drawn over them",
                example: "scatter([1, 2, 3, 4, 5], [2, 4, 5, 4, 5], 0.6*x + 2.2)") { args, interpreter throws(LanguageError) in
            try args.expectCount(2, 3, "2 or 3 arguments (the x values, the y values, and optionally a function to draw over them)")
            let xs = try args.numbers(args.positional[0].value, role: "the x values", at: args.positional[0].range)
            let ys = try args.numbers(args.positional[1].value, role: "the y values", at: args.positional[1].range)
            guard xs.count == ys.count, !xs.isEmpty else {
                throw .invalidArgument(function: "scatter", message: "needs as many y values as x values (got \(xs.count) and \(ys.count))",
                                       at: args.range)
            }
            var series: [Series] = [.scatter("data", points: zip(xs, ys).map { (x: $0, y: $1) })]
            if args.positional.count == 2 {
                try args.expectOptions(["title", "width", "height"])
            } else {
                let overlay = try PlotSubject(Arguments(narrowing: args, to: 2), reserved: ["title", "width", "height"])
                series += try overlay.series(printer: interpreter.session.settings.printer, function: "scatter",
                                             at: args.positional[2].range)
            }
            let plot = LinePlot(series, title: try args.text("title"),
                                width: try optionalInteger(args, "width", 20...1000),
                                height: try optionalInteger(args, "height", 3...200))
            return .output(.plot(.line(plot)))
        },
        Builtin(name: "contour", signature: "contour(f, x = a..b, y = c..d)",
                summary: "heat map of a function of two variables; log = true for log-spaced levels, paths = [run, …] draws descent paths",
                example: "contour((1-x)^2 + 100*(y-x^2)^2, x = -2..2, y = -1..3, log = true)") { args, interpreter throws(LanguageError) in
            try args.expectCount(1, 1, "1 argument (a function of two variables) and ranges such as x = -2..2, y = -1..3")
            return .output(.plot(.contour(try contourPlot(args, interpreter: interpreter, extraPaths: []))))
        },
        Builtin(name: "bars", signature: "bars([v1, v2, …])",
                summary: "horizontal bar chart; labels = [\"a\", \"b\", …], log = true for a log scale, title = \"…\"",
                example: "bars([1, 0.1, 1e-3, 1e-5], log = true)") { args, _ throws(LanguageError) in
            try args.expectCount(1, 1, "1 argument (a list of values)")
            try args.expectOptions(["labels", "log", "title", "width"])
            let values = try args.numbers(args.positional[0].value, role: "the values", at: args.positional[0].range)
            var labels = values.indices.map { "\($0 + 1)" }
            if let option = args.option("labels") {
                guard case .list(let items) = option.value, items.count == values.count else {
                    throw .invalidArgument(function: "bars", message: "labels must be a list of \(values.count) texts", at: option.range)
                }
                labels = items.map { item in
                    if case .text(let text) = item { return text }
                    return TextRenderer(settings: Settings()).render(item.output)
                }
            }
            let chart = BarChart(zip(labels, values).map { BarChart.Bar($0, $1) },
                                 scale: try args.flag("log", default: false) ? .logarithmic : .linear,
                                 title: try args.text("title"), width: try optionalInteger(args, "width", 20...1000))
            return .output(.plot(.bars(chart)))
        },
        Builtin(name: "table", signature: "table(e, x = a..b, step = s) or table([e1, e2], x = [x1, x2, …])",
                summary: "a table of values of one or more expressions",
                example: "table([x^2, diff(x^2, x)], x = 0..1, step = 0.25)") { args, interpreter throws(LanguageError) in
            try args.expectCount(1, 1, "1 argument (an expression or a list of them) and the values, such as x = 0..1, step = 0.1")
            return .output(.table(try valueTable(args, interpreter: interpreter)))
        },
    ]

    /// The settings of `contour` besides its two variables' ranges.
    static let contourOptions = ["log", "paths", "title", "width", "height"]

    /// The most rows `table` makes from a range and a step.
    static let maximumTableRows = 100_000

    static func optionalInteger(_ args: Arguments, _ label: String, _ bounds: ClosedRange<Int>) throws(LanguageError) -> Int? {
        args.option(label) == nil ? nil : try args.integer(label, default: 0, in: bounds)
    }

    /// The contour plot of a call's function, with `extraPaths` drawn on top.
    static func contourPlot(_ args: Arguments, interpreter: Interpreter, extraPaths: [ContourPlot.Path]) throws(LanguageError)
        -> ContourPlot
    {
        guard let e = Interpreter.expression(of: args.positional[0].value)
                ?? { if case .function(let f) = args.positional[0].value { return f.body } else { return nil } }() else {
            throw .invalidArgument(function: args.function, message: "expected a function of two variables", at: args.positional[0].range)
        }
        let free = e.freeSymbols
        guard free.count == 2 else {
            throw .invalidArgument(function: args.function,
                                   message: "contour draws functions of two variables, but this has \(free.count == 0 ? "none" : free.joined(separator: ", "))",
                                   at: args.positional[0].range)
        }
        // The axes follow the order of the ranges in the call: contour(J, w = …, b = …) puts w across.
        try args.expectOptions(free + contourOptions)
        let ranged = args.named.map(\.label).filter(free.contains)
        let (first, second) = ranged.count == 2 ? (ranged[0], ranged[1]) : (free[0], free[1])
        let f = try NumericFunction.of(e, first, second, function: args.function, at: args.positional[0].range)
        var paths = extraPaths
        if let option = args.option("paths") {
            paths += try ContourPaths.read(option.value, axes: (first, second), function: args.function, at: option.range)
        }
        let x = try args.interval(first) ?? ContourPaths.defaultInterval(paths, axis: 0)
        let y = try args.interval(second) ?? ContourPaths.defaultInterval(paths, axis: 1)
        var plot = ContourPlot(f, x: x, y: y, levels: try args.flag("log", default: false) ? .logarithmic : .linear,
                               paths: paths, title: try args.text("title"),
                               width: try optionalInteger(args, "width", 20...1000),
                               height: try optionalInteger(args, "height", 3...200))
        plot.axisTitles = AxisTitles(x: first, y: second)
        return plot
    }

    private static func valueTable(_ args: Arguments, interpreter: Interpreter) throws(LanguageError) -> Table {
        let subject = try PlotSubject(args, reserved: ["step"])
        let points: [Double]
        guard let option = args.option(subject.variable) else {
            throw .invalidArgument(function: "table", message: "give the values of \(subject.variable), as in \(subject.variable) = 0..1, step = 0.1",
                                   at: args.range)
        }
        switch option.value {
        case .list:
            points = try args.numbers(option.value, role: "the values of \(subject.variable)", at: option.range)
        default:
            let interval = try Arguments.interval(option.value, function: "table", label: subject.variable, at: option.range)
            let span = interval.upper - interval.lower
            guard span.isFinite else {
                throw .invalidArgument(function: "table", message: "\(subject.variable) spans more than the largest number; choose a narrower range",
                                       at: option.range)
            }
            let step = try args.number("step", default: span / 10, in: 1e-300...(.infinity))
            let rows = (span / step + 1e-9).rounded(.down) + 1
            guard rows <= Double(maximumTableRows) else {
                throw .invalidArgument(function: "table",
                                       message: "step = \(NumberFormat().string(step)) would make \(NumberFormat().string(rows)) rows, more than the limit of \(maximumTableRows); choose a larger step",
                                       at: args.option("step")?.range ?? option.range)
            }
            points = (0..<Int(rows)).map { interval.lower + Double($0) * step }
        }
        let printer = interpreter.session.settings.printer
        var functions: [@Sendable (Double) -> Double] = []
        for e in subject.expressions {
            functions.append(try NumericFunction.of(e, subject.variable, function: "table", at: args.positional[0].range))
        }
        let rows = points.map { x in [Table.Cell.number(x)] + functions.map { .number($0(x)) } }
        return Table(header: [subject.variable] + subject.expressions.map(printer.string), rows: rows)
    }
}
