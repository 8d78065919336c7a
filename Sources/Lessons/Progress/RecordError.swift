/// Why the records could not be found or written.
public enum RecordError: Error, Equatable, Sendable, CustomStringConvertible {
    case relativeDataHome(String)
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .relativeDataHome(let path):
            return "XDG_DATA_HOME is '\(path)', a relative path; the XDG spec asks for an absolute one (such as $HOME/.local/share). Set it to an absolute path, or unset it."
        case .cannotWrite(let path, let reason):
            return "cannot save your progress in \(path): \(reason). The lesson goes on, but nothing is saved until this is fixed."
        }
    }
}
