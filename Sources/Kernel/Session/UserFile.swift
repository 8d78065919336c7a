import Foundation

/// Reading and writing the files a user names (`:save FILE`, `:load FILE`, `descent run FILE
/// --output OUT`), the way SQLite and CPython treat them.
///
/// Writing goes into what the user named: a symbolic link is followed and stays a link; a
/// regular file the user owns, with one name, is replaced atomically (a temporary file in the
/// same folder, `fsync`, `rename`) and keeps its mode; a file with several names (hard links)
/// or another owner is rewritten in place, so every name sees the new text; devices, named
/// pipes and folders are refused. A failed write removes its temporary file and says why in
/// plain words (the disk is full, permission denied).
public enum UserFile {
    /// Writes `text` as UTF-8 to `path`.
    public static func write(_ text: String, to path: String) throws(UserFileError) {
        try write(Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path`, replacing what was there.
    public static func write(_ bytes: [UInt8], to path: String) throws(UserFileError) {
        let target = try resolvingLinks(path)
        var status = stat()
        guard stat(target, &status) == 0 else {
            let code = errno
            guard code == ENOENT else { throw .system(path: path, action: .write, errno: code) }
            return try replace(target, with: bytes, mode: nil, shownAs: path)
        }
        try requireRegularFile(status, path: path)
        if status.st_nlink > 1 || status.st_uid != geteuid() {
            return try rewriteInPlace(target, with: bytes, shownAs: path)
        }
        do {
            try replace(target, with: bytes, mode: status.st_mode & 0o7777, shownAs: path)
        } catch .system(_, _, let code) where code == EACCES || code == EPERM {
            // The folder is closed to new files but the file itself may be writable.
            try rewriteInPlace(target, with: bytes, shownAs: path)
        }
    }

    /// The text of the file at `path`: UTF-8, a leading byte-order mark dropped, CRLF read as
    /// LF. Folders, devices, pipes, empty files, NUL bytes and invalid UTF-8 are errors.
    public static func readText(at path: String) throws(UserFileError) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            throw code == ENOENT ? .notFound(path: path) : .system(path: path, action: .read, errno: code)
        }
        try requireRegularFile(status, path: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .system(path: path, action: .read, errno: access(path, R_OK) == 0 ? EIO : errno)
        }
        let bytes = [UInt8](data)
        guard bytes.count > (bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0) else { throw .empty(path: path) }
        return try text(of: bytes, named: path)
    }

    /// `bytes` read as UTF-8 text (from a file or standard input, called `name` in errors):
    /// a leading byte-order mark dropped, CRLF read as LF; NUL bytes and invalid UTF-8 are
    /// errors with the line they are on.
    public static func text(of bytes: [UInt8], named name: String) throws(UserFileError) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        return try validated(body, path: name).replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// The bytes as a string, or where they stop being text.
    private static func validated(_ bytes: [UInt8], path: String) throws(UserFileError) -> String {
        if !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1
        for piece in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if piece.contains(0) {
                throw .notText(path: path, line: line, reason: "a NUL byte (is this a binary file?)")
            }
            if String(validating: piece, as: UTF8.self) == nil {
                throw .notText(path: path, line: line, reason: "bytes that are not UTF-8 text")
            }
            line += 1
        }
        throw .notText(path: path, line: line, reason: "bytes that are not UTF-8 text")
    }

    private static func requireRegularFile(_ status: stat, path: String) throws(UserFileError) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw .isFolder(path: path)
        case S_IFIFO: throw .notRegularFile(path: path, kind: "a named pipe (FIFO)")
        case S_IFSOCK: throw .notRegularFile(path: path, kind: "a socket")
        case S_IFCHR, S_IFBLK: throw .notRegularFile(path: path, kind: "a device")
        default: throw .notRegularFile(path: path, kind: "a special file")
        }
    }

    /// The path a chain of symbolic links ends at, so the link itself survives the write.
    static func resolvingLinks(_ path: String) throws(UserFileError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw .system(path: path, action: .write, errno: errno) }
            let destination = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : folder(of: current) + "/" + destination
        }
        throw .system(path: path, action: .write, errno: ELOOP)
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Writes a temporary file beside `target`, flushes it to disk and renames it over `target`.
    private static func replace(_ target: String, with bytes: [UInt8], mode: mode_t?, shownAs path: String) throws(UserFileError) {
        let folder = folder(of: target)
        let base = target.split(separator: "/").last.map(String.init) ?? target
        var temporary = ""
        var descriptor: Int32 = -1
        for attempt in 0..<100 where descriptor < 0 {
            temporary = folder + "/.\(base).\(getpid()).\(attempt).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor < 0, errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw .system(path: path, action: .write, errno: errno) }
        var failure: Int32 = 0
        if let mode, fchmod(descriptor, mode) != 0 { failure = errno }
        if failure == 0 { failure = writeAll(bytes, to: descriptor) }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, target) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw .system(path: path, action: .write, errno: failure)
        }
        let folderDescriptor = open(folder, O_RDONLY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Overwrites `target` itself, keeping its inode, links, owner and mode.
    private static func rewriteInPlace(_ target: String, with bytes: [UInt8], shownAs path: String) throws(UserFileError) {
        let descriptor = open(target, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(path: path, action: .write, errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .system(path: path, action: .write, errno: errno) }
        try requireRegularFile(status, path: path)
        var failure = writeAll(bytes, to: descriptor)
        if failure == 0, ftruncate(descriptor, off_t(bytes.count)) != 0 { failure = errno }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        guard failure == 0 else { throw .system(path: path, action: .write, errno: failure) }
    }

    /// Writes every byte, retrying after signals; returns 0 or the `errno` that stopped it.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += count
        }
        return 0
    }
}
