/// Why a kernelspec could not be installed or removed.
public enum KernelSpecError: Error, Equatable, Sendable {
    case noPythonPrefix
    case cannotWrite(String, reason: String)

    public var message: String {
        switch self {
        case .noPythonPrefix:
            "--sys-prefix needs an active Python environment (VIRTUAL_ENV or CONDA_PREFIX) or python3 on the PATH; try --user or --prefix DIR"
        case .cannotWrite(let path, let reason):
            "cannot write the kernelspec at \(path): \(reason); try --user or --prefix DIR"
        }
    }
}
