import Foundation
import Testing
@testable import Jupyter

@Suite struct KernelSpecTests {
    @Test func installWritesKernelJSONAndTwoLogos() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("descent-spec-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let directory = try KernelSpec.directory(for: .prefix(prefix.path))
        #expect(directory.path.hasSuffix("share/jupyter/kernels/descent"))
        try KernelSpec(executable: "/opt/bin/descent").install(into: directory)

        let json = try #require(JSONValue.parse(Data(contentsOf: directory.appendingPathComponent("kernel.json"))))
        #expect(json["argv"] == ["/opt/bin/descent", "kernel", "-f", "{connection_file}"])
        #expect(json["display_name"] == "Descent")
        #expect(json["language"] == "descent")
        #expect(json["interrupt_mode"] == "signal")
        for size in [32, 64] {
            let png = try Data(contentsOf: directory.appendingPathComponent("logo-\(size)x\(size).png"))
            #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            #expect(Array(png[16..<24]) == [0, 0, 0, UInt8(size), 0, 0, 0, UInt8(size)])
        }
        #expect(try KernelSpec.remove(from: directory))
        #expect(try !KernelSpec.remove(from: directory))
    }

    @Test func theUserLocationFollowsJupyterDataDir() throws {
        let directory = try KernelSpec.directory(for: .user, environment: ["JUPYTER_DATA_DIR": "/data/jupyter", "HOME": "/home/s"])
        #expect(directory.path == "/data/jupyter/kernels/descent")
        let sysPrefix = try KernelSpec.directory(for: .sysPrefix, environment: ["VIRTUAL_ENV": "/venv"])
        #expect(sysPrefix.path == "/venv/share/jupyter/kernels/descent")
    }

    /// A PNG's CRC of "IEND" is a fixed, published value.
    @Test func pngChunksCarryTheStandardCRC() {
        #expect(PNGImage.crc32(Array("IEND".utf8)) == 0xAE42_6082)
    }
}
