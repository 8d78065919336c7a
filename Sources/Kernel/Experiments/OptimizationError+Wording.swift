import Language
import Optimization

extension OptimizationError {
    /// The error in a sentence for students, as a language error of `function`.
    func languageError(_ function: String, at range: SourceRange) -> LanguageError {
        let message: String
        switch self {
        case .invalidHyperparameter(let name, let value, let requirement):
            message = "\(name) = \(NumberFormat().string(value)) is not allowed: it must be \(requirement)"
        case .nesterovRequiresMomentumWithoutDampening:
            message = "nesterov needs momentum > 0 and dampening = 0, as in PyTorch"
        case .unknownHyperparameter(let name, let known):
            message = "it has no setting '\(name)'; its settings are \(known.joined(separator: ", "))"
        case .dimensionMismatch(let expected, let actual):
            message = "expected \(expected) values, got \(actual)"
        case .invalidCount(let name, let value):
            message = "\(name) = \(value) is not allowed: it must be at least 1"
        case .invalidData(let reason):
            message = reason
        }
        return .invalidArgument(function: function, message: message, at: range)
    }
}

/// Runs an optimization and turns its errors into language errors of `function`.
func translatingOptimizationErrors<T>(_ function: String, at range: SourceRange, _ body: () throws -> T)
    throws(LanguageError) -> T
{
    do {
        return try body()
    } catch let error as OptimizationError {
        throw error.languageError(function, at: range)
    } catch let error as LanguageError {
        throw error
    } catch {
        throw .other("\(function): \(error)", at: range)
    }
}
