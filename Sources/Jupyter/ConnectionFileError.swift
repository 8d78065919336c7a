/// Why a connection file could not be used to start the kernel.
public enum ConnectionFileError: Error, Equatable, Sendable {
    case unreadable(String)
    case notJSON(String)
    case missingField(String, String)
    case wrongType(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read the connection file '\(path)': no such file or not readable"
        case .notJSON(let path): "the connection file '\(path)' is not JSON"
        case .missingField(let path, let field): "the connection file '\(path)' has no '\(field)'; Jupyter writes shell_port, iopub_port, stdin_port, control_port and hb_port"
        case .wrongType(let path, let field): "in the connection file '\(path)', '\(field)' has the wrong type (ports are numbers, the key is text)"
        }
    }
}
