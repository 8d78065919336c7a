import Language
import Optimization

/// Expressions compiled into the closures the optimizers call millions of times.
public enum CompiledObjective {
    /// Scratch space owned by one compiled closure, allocated once.
    private final class Scratch: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<Double>
        let outputs: UnsafeMutableBufferPointer<Double>
        let point: UnsafeMutableBufferPointer<Double>

        init(slots: Int, outputs: Int, inputs: Int) {
            self.slots = .allocate(capacity: max(slots, 1))
            self.outputs = .allocate(capacity: max(outputs, 1))
            self.point = .allocate(capacity: max(inputs, 1))
            self.slots.initialize(repeating: 0)
            self.outputs.initialize(repeating: 0)
            self.point.initialize(repeating: 0)
        }

        deinit {
            slots.deallocate()
            outputs.deallocate()
            point.deallocate()
        }
    }

    /// The loss `e` and its exact gradient over `parameters`, compiled together.
    public static func objective(_ e: Expr, parameters: [String], function: String, at range: SourceRange)
        throws(LanguageError) -> Objective
    {
        let gradient = e.gradient(withRespectTo: parameters)
        let compiled = try NumericFunction.compile([e] + gradient, parameters, function: function, at: range)
        let scratch = Scratch(slots: compiled.slotCount, outputs: compiled.outputCount, inputs: parameters.count)
        let count = parameters.count
        return Objective(parameterNames: parameters) { point, gradient in
            compiled.evaluate(point, slots: scratch.slots, into: scratch.outputs)
            for i in 0..<count { gradient[i] = scratch.outputs[i + 1] }
            return scratch.outputs[0]
        }
    }

    /// A model `h(input; θ)` with its gradient in θ, for fitting data.
    static func model(_ h: Expr, input: String, parameters: [String], function: String, at range: SourceRange)
        throws(LanguageError) -> Model
    {
        let gradient = h.gradient(withRespectTo: parameters)
        let compiled = try NumericFunction.compile([h] + gradient, [input] + parameters, function: function, at: range)
        let scratch = Scratch(slots: compiled.slotCount, outputs: compiled.outputCount, inputs: parameters.count + 1)
        let count = parameters.count
        return Model(parameterNames: parameters) { x, theta, gradient in
            scratch.point[0] = x[0]
            for i in 0..<count { scratch.point[i + 1] = theta[i] }
            compiled.evaluate(UnsafeBufferPointer(scratch.point), slots: scratch.slots, into: scratch.outputs)
            for i in 0..<count { gradient[i] = scratch.outputs[i + 1] }
            return scratch.outputs[0]
        }
    }
}
