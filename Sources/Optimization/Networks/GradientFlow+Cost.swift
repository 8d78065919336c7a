extension GradientFlow {
    /// What measuring a network costs, known from its shape before anything is allocated.
    ///
    /// ```
    /// stored       = depth · (2·width² + 2·width + 2·batch·width) + batch·width
    ///                (weights and their gradients, biases and theirs, x_l and z_l per sample)
    /// multiplyAdds = 3 · depth · batch · width²   (one forward, two backward per weight)
    /// ```
    public struct Cost: Sendable, Equatable {
        /// The most numbers a measurement may hold: 50 million, about 400 MB.
        public static let maximumStoredNumbers = 50_000_000
        /// The most multiply-adds a measurement may take: 200 million, a few seconds of work.
        public static let maximumMultiplyAdds = 200_000_000

        public let storedNumbers: Int
        public let multiplyAdds: Int

        /// The cost of a network of `depth` layers of `width` units on a batch of `batchSize`,
        /// saturating at `Int.max` rather than overflowing.
        public init(depth: Int, width: Int, batchSize: Int) {
            let perLayer = Cost.sum([Cost.product([2, width, width]), Cost.product([2, width]),
                                     Cost.product([2, batchSize, width])])
            storedNumbers = Cost.sum([Cost.product([depth, perLayer]), Cost.product([batchSize, width])])
            multiplyAdds = Cost.product([3, depth, batchSize, width, width])
        }

        /// Whether the measurement fits both budgets.
        public var isWithinBudget: Bool {
            storedNumbers <= Cost.maximumStoredNumbers && multiplyAdds <= Cost.maximumMultiplyAdds
        }

        private static func product(_ factors: [Int]) -> Int {
            factors.reduce(1) { result, factor in
                let (value, overflow) = result.multipliedReportingOverflow(by: factor)
                return overflow ? .max : value
            }
        }

        private static func sum(_ terms: [Int]) -> Int {
            terms.reduce(0) { result, term in
                let (value, overflow) = result.addingReportingOverflow(term)
                return overflow ? .max : value
            }
        }
    }
}
