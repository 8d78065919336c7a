import Foundation
import Testing
@testable import Lessons

@Suite struct ProgressStoreTests {
    static func temporaryStore() throws -> ProgressStore {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-test-\(UUID().uuidString)")
        return ProgressStore(directory: directory.appendingPathComponent("descent"))
    }

    @Test func savesAndLoadsARecord() throws {
        let store = try Self.temporaryStore()
        var progress = StudentProgress(student: "ann")
        progress[lesson: "01-gradients"].step = 4
        progress[lesson: "01-gradients"][exercise: 2].tries = 2
        try store.save(progress)
        let loaded = store.load(student: "someone else")
        #expect(loaded.progress == progress)
        #expect(loaded.notice == nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.directory.path)
        #expect(leftovers == ["progress.json"])
    }

    @Test(arguments: ["{ not json", #"{"format": "something-else", "student": "x", "lessons": {}}"#, "[1, 2]"])
    func setsAsideACorruptOrForeignFile(content: String) throws {
        let store = try Self.temporaryStore()
        try FileManager.default.createDirectory(at: store.directory, withIntermediateDirectories: true)
        try Data(content.utf8).write(to: store.file)
        let loaded = store.load(student: "ann")
        #expect(loaded.progress == StudentProgress(student: "ann"))
        #expect(loaded.notice?.contains("was not a progress record; moved it to progress.json.unreadable-") == true)
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory.path)
        #expect(names.count == 1 && names[0].hasPrefix("progress.json.unreadable-"))
    }

    @Test func usesXDGDataHomeThenHome() {
        #expect(ProgressStore.standard(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"]).file.path
            == "/data/descent/progress.json")
        #expect(ProgressStore.standard(environment: ["HOME": "/home/a"]).file.path
            == "/home/a/.local/share/descent/progress.json")
    }
}
