import Foundation
import Testing
@testable import Jupyter

@Suite struct ConnectionFileTests {
    func load(_ text: String) throws(ConnectionFileError) -> ConnectionFile {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("descent-connection-\(UUID().uuidString).json")
        try? Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            return try ConnectionFile.load(path: url.path)
        } catch {
            throw error.withPath("FILE")
        }
    }

    @Test func aFileJupyterWroteIsRead() throws {
        let file = try load("""
            {"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5, "ip": "127.0.0.1",
             "key": "k", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "descent"}
            """)
        #expect(file.endpoint(file.controlPort) == "tcp://127.0.0.1:4")
        #expect(file.key == "k")
    }

    @Test(arguments: [
        ("{}", ConnectionFileError.missingField("FILE", "shell_port")),
        ("{\"shell_port\": \"x\"}", .wrongType("FILE", "shell_port")),
        ("not json", .notJSON("FILE")),
    ])
    func aBrokenFileIsExplained(text: String, error: ConnectionFileError) {
        #expect(throws: error) { try load(text) }
    }
}

extension ConnectionFileError {
    func withPath(_ path: String) -> ConnectionFileError {
        switch self {
        case .unreadable: .unreadable(path)
        case .notJSON: .notJSON(path)
        case .missingField(_, let field): .missingField(path, field)
        case .wrongType(_, let field): .wrongType(path, field)
        }
    }
}
