/// Expressions turned once into a flat list of instructions over numbered slots,
/// so that evaluating them a million times walks no tree and allocates nothing.
///
/// Several outputs compile together and share their common subexpressions, which
/// is how a loss and its gradient cost little more than the loss alone:
///
///     let f = try CompiledFunction(outputs: [loss] + gradient, inputs: ["x", "y"])
///     f.evaluate(inputs: point, into: &values)   // values[0] = loss, values[1...] = gradient
public struct CompiledFunction: Sendable {
    enum Instruction: Sendable {
        case constant(Double)
        case input(Int)
        case add(Int, Int)
        case multiply(Int, Int)
        case square(Int)
        case reciprocal(Int)
        case squareRoot(Int)
        case power(Int, Int)
        case unary(MathFunction, Int)
        case binary(MathFunction, Int, Int)
    }

    public let inputs: [String]
    let instructions: [Instruction]
    let outputSlots: [Int]

    /// The number of slots `evaluate` needs as scratch space.
    public var slotCount: Int { instructions.count }
    public var outputCount: Int { outputSlots.count }

    /// Compiles `outputs` as functions of `inputs`; throws when an output mentions another variable.
    public init(outputs: [Expr], inputs: [String]) throws(EvaluationError) {
        self.inputs = inputs
        var code: [Instruction] = []
        let inputIndex = Dictionary(uniqueKeysWithValues: inputs.enumerated().map { ($1, $0) })
        func emit(_ instruction: Instruction) -> Int {
            code.append(instruction)
            return code.count - 1
        }
        func chain(_ operands: [Int], _ make: (Int, Int) -> Instruction) -> Int {
            operands.dropFirst().reduce(operands[0]) { emit(make($0, $1)) }
        }
        let graph = ExprGraph(roots: outputs)
        outputSlots = try graph.fold { (_, node, children: [Int]) throws(EvaluationError) -> Int in
            switch node {
            case .number(let value): return emit(.constant(value.doubleValue))
            case .constant(let constant): return emit(.constant(constant.value))
            case .symbol(let name):
                guard let index = inputIndex[name] else { throw .unboundVariable(name) }
                return emit(.input(index))
            case .sum: return chain(children) { .add($0, $1) }
            case .product: return chain(children) { .multiply($0, $1) }
            case .power(_, let exponent):
                switch exponent.number?.doubleValue {
                case 2: return emit(.square(children[0]))
                case -1: return emit(.reciprocal(children[0]))
                case 0.5: return emit(.squareRoot(children[0]))
                default: return emit(.power(children[0], children[1]))
                }
            case .call(let function, _):
                return children.count == 1
                    ? emit(.unary(function, children[0]))
                    : emit(.binary(function, children[0], children[1]))
            }
        }
        instructions = code
    }

    /// Evaluates every output at `point` (one value per input, in order) into `outputs`,
    /// using `slots` (at least ``slotCount`` long) as scratch space.
    @inline(__always)
    public func evaluate(
        _ point: UnsafeBufferPointer<Double>,
        slots: UnsafeMutableBufferPointer<Double>,
        into outputs: UnsafeMutableBufferPointer<Double>
    ) {
        instructions.withUnsafeBufferPointer { instructions in
            run(instructions, point, slots)
        }
        for (output, slot) in outputSlots.enumerated() { outputs[output] = slots[slot] }
    }

    @inline(__always)
    private func run(
        _ instructions: UnsafeBufferPointer<Instruction>,
        _ point: UnsafeBufferPointer<Double>,
        _ slots: UnsafeMutableBufferPointer<Double>
    ) {
        for index in instructions.indices {
            let value: Double
            switch instructions[index] {
            case .constant(let c): value = c
            case .input(let i): value = point[i]
            case .add(let a, let b): value = slots[a] + slots[b]
            case .multiply(let a, let b): value = slots[a] * slots[b]
            case .square(let a): value = slots[a] * slots[a]
            case .reciprocal(let a): value = 1 / slots[a]
            case .squareRoot(let a): value = slots[a].squareRoot()
            case .power(let a, let b): value = Expr.power(slots[a], slots[b])
            case .unary(let function, let a): value = function.apply(slots[a])
            case .binary(let function, let a, let b): value = function.apply(slots[a], slots[b])
            }
            slots[index] = value
        }
    }

    /// Convenience for one-off evaluation; allocates, so keep it out of hot loops.
    public func evaluate(_ point: [Double]) -> [Double] {
        var slots = [Double](repeating: 0, count: slotCount)
        var outputs = [Double](repeating: 0, count: outputCount)
        point.withUnsafeBufferPointer { p in
            slots.withUnsafeMutableBufferPointer { s in
                outputs.withUnsafeMutableBufferPointer { o in evaluate(p, slots: s, into: o) }
            }
        }
        return outputs
    }
}
