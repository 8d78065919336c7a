/// Samples (xᵢ, yᵢ) for fitting: inputs of `features` numbers each, one real target each.
public struct Dataset: Sendable {
    /// Numbers per input.
    public let features: Int
    /// Inputs, row-major: sample i is `inputs[i * features ..< (i + 1) * features]`.
    public let inputs: [Double]
    /// One target per sample.
    public let targets: [Double]

    /// The number of samples m.
    public var count: Int { targets.count }

    /// Samples with several features each.
    ///
    /// - Throws: `OptimizationError.invalidData` when there are no samples, the counts differ,
    ///   or inputs have different lengths.
    public init(inputs: [[Double]], targets: [Double]) throws {
        guard !targets.isEmpty else { throw OptimizationError.invalidData(reason: "no samples") }
        guard inputs.count == targets.count else {
            throw OptimizationError.invalidData(reason: "\(inputs.count) inputs but \(targets.count) targets")
        }
        let width = inputs[0].count
        guard inputs.allSatisfy({ $0.count == width }) else {
            throw OptimizationError.invalidData(reason: "inputs of different lengths")
        }
        features = width
        self.inputs = inputs.flatMap { $0 }
        self.targets = targets
    }

    /// Samples with one feature: (x[i], y[i]).
    public init(x: [Double], y: [Double]) throws {
        try self.init(inputs: x.map { [$0] }, targets: y)
    }
}
