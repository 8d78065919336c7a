import Foundation

/// Why a file the user named could not be read or written, in words for the student.
public enum UserFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing at that path.
    case notFound(path: String)
    /// The path names a folder.
    case isFolder(path: String)
    /// The path names a device, a named pipe or a socket: something that is not a regular file.
    case notRegularFile(path: String, kind: String)
    /// The file is empty (reading only: there are no cells in it).
    case empty(path: String)
    /// The bytes are not UTF-8 text; `line` is where the first bad byte is.
    case notText(path: String, line: Int, reason: String)
    /// The system refused: `errno` says why (`ENOSPC`, `EACCES`, `EROFS`…).
    case system(path: String, action: Action, errno: Int32)

    public enum Action: String, Sendable {
        case read, write
    }

    public var description: String {
        switch self {
        case .notFound(let path):
            return "cannot read '\(path)': no such file"
        case .isFolder(let path):
            return "'\(path)' is a folder, not a file"
        case .notRegularFile(let path, let kind):
            return "'\(path)' is \(kind), not a regular file; name a file instead"
        case .empty(let path):
            return "'\(path)' is empty: there are no cells to run"
        case .notText(let path, let line, let reason):
            return "\(path):\(line): \(reason); save the file as UTF-8 text"
        case .system(let path, let action, let code):
            return "cannot \(action.rawValue) '\(path)': \(UserFileError.plainReason(code))"
        }
    }

    /// The reason behind an `errno`, in plain words.
    public static func plainReason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is used up"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the file system is read-only"
        case ENOENT: return "the folder does not exist"
        case ENOTDIR: return "a part of the path is not a folder"
        case EISDIR: return "it is a folder"
        case ENAMETOOLONG: return "the name is too long"
        case ELOOP: return "too many symbolic links"
        case EIO: return "an input/output error on the device"
        case EFBIG: return "the file would be too large"
        default: return String(cString: strerror(code))
        }
    }
}
