import Language
import Optimization
import Plotting

/// How a run is shown: a summary, the step table, the loss curve, and for two
/// parameters the path over the contour plot of the loss.
struct RunReport {
    let run: OptimizerRun

    var output: Output {
        if run.rowsStreamed { return .sequence([]) }
        var parts: [Output] = [.message(summary), .steps(run.run.table)]
        if let curve = lossCurve { parts.append(.plot(.line(curve))) }
        if let contour { parts.append(.plot(.contour(contour))) }
        return .sequence(parts)
    }

    var summary: String {
        let format = NumberFormat(digits: 6)
        let r = run.run
        let start = zip(run.parameters, run.start).map { "\($0) = \(format.string($1))" }.joined(separator: ", ")
        let final = zip(run.parameters, r.finalPoint).map { "\($0) = \(format.string($1))" }.joined(separator: ", ")
        let lr = format.string(r.hyperparameters.learningRate)
        return """
        \(r.kind.rawValue) from \(start) with lr = \(lr)
        → \(run.stopSentence).
        final: \(final), loss = \(format.string(r.finalLoss)), gradient norm = \(format.string(r.finalGradientNorm))
        """
    }

    /// Loss against step, on a log scale when the loss spans more than two decades.
    var lossCurve: LinePlot? {
        let points = run.run.lossEnvelope.points
        guard points.count > 1 else { return nil }
        return LinePlot([.line("loss", points: points)], logY: RunReport.spansDecades(points.map(\.y)),
                        title: "loss by step", height: 12)
    }

    /// The path drawn over the loss's contour plot, for runs over two parameters.
    var contour: ContourPlot? {
        guard run.parameters.count == 2, let points = run.run.path, points.count > 1 else { return nil }
        let path = ContourPlot.Path(run.run.kind.rawValue, points: points)
        let x = ContourPaths.defaultInterval([path], axis: 0)
        let y = ContourPaths.defaultInterval([path], axis: 1)
        guard let f = try? NumericFunction.of(run.loss, run.parameters[0], run.parameters[1], function: "contour",
                                              at: SourceRange(1, 1)) else { return nil }
        return ContourPlot(f, x: x, y: y, levels: .logarithmic, paths: [path],
                           title: "path of \(run.run.kind.rawValue) over the loss")
    }

    /// Whether a log scale shows `values` better: all positive and spanning more than two decades.
    static func spansDecades(_ values: [Double]) -> Bool {
        if values.contains(where: { $0.isFinite && $0 <= 0 }) { return false }
        let positive = values.filter { $0 > 0 && $0.isFinite }
        guard let low = positive.min(), let high = positive.max() else { return false }
        return high / low > 100
    }
}
