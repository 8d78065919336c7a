import Language

/// The function an optimizer minimises and where it starts: `adam(f, x = -1.2, y = 1)`.
struct Problem {
    var loss: Expr
    /// The variables, alphabetically (or a defined function's parameters, in order).
    var parameters: [String]
    var start: [Double]

    /// Reads the function and a start value for each of its variables; `reserved` are the
    /// call's settings (lr, steps, …), so any other named argument must be a variable.
    init(_ args: Arguments, reserved: Set<String>) throws(LanguageError) {
        let subject = args.positional[0]
        switch subject.value {
        case .function(let function):
            loss = function.body
            parameters = function.parameters
        default:
            guard let expr = Interpreter.expression(of: subject.value) else {
                throw .invalidArgument(function: args.function, message: "expected the function to minimise, not \(subject.value.kindDescription)",
                                       at: subject.range)
            }
            loss = expr
            parameters = expr.freeSymbols
        }
        guard !parameters.isEmpty else {
            var message = "the function has no variables to optimise"
            if let start = args.named.first(where: { !reserved.contains($0.label) }) {
                message += ": \(start.label) = … gives a start value, but the function has no \(start.label) (was it given a value? :vars lists them)"
            }
            throw .invalidArgument(function: args.function, message: message, at: subject.range)
        }
        for option in args.named where !reserved.contains(option.label) && !parameters.contains(option.label) {
            let suggestion = Suggestion.nearest(to: option.label, among: Array(reserved) + parameters)
            throw .unknownArgument(function: args.function, label: option.label, at: option.labelRange, suggestion: suggestion)
        }
        let missing = parameters.filter { args.option($0) == nil }
        guard missing.isEmpty else {
            let example = missing.map { "\($0) = 1" }.joined(separator: ", ")
            throw .invalidArgument(function: args.function,
                                   message: "give a start value for \(missing.joined(separator: " and ")), as in \(example)",
                                   at: args.range)
        }
        self.start = try Problem.startValues(parameters, args)
    }

    /// The finite start value given for each of `parameters`: from an infinite start no step
    /// can be taken, whatever the learning rate.
    static func startValues(_ parameters: [String], _ args: Arguments) throws(LanguageError) -> [Double] {
        var start: [Double] = []
        for name in parameters {
            let value = try args.number(name, default: 0)
            if !value.isFinite, let option = args.option(name) {
                throw .invalidArgument(function: args.function,
                                       message: "\(name) must start at a finite number, not \(NumberFormat().string(value))",
                                       at: option.range)
            }
            start.append(value)
        }
        return start
    }
}
