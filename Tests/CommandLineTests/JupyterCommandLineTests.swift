import Foundation
import Testing

@Suite struct JupyterCommandLineTests {
    @Test func aChapterWrittenAsANotebookRunsHeadlessWithEveryOutputFilledIn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-ipynb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let notebook = folder.appendingPathComponent("chapter1.ipynb").path
        let executed = folder.appendingPathComponent("chapter1-run.ipynb").path
        #expect(try DescentProcess.run(["lesson", "1", "--ipynb", notebook]).status == 0)
        let run = try DescentProcess.run(["run", notebook, "--output", executed])
        #expect(run.status == 0, "\(run.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: executed))) as? [String: Any]
        let cells = json?["cells"] as? [[String: Any]] ?? []
        let outputs = cells.filter { $0["cell_type"] as? String == "code" }.flatMap { $0["outputs"] as? [[String: Any]] ?? [] }
        #expect(outputs.contains { $0["output_type"] as? String == "display_data" })
        #expect(!outputs.contains { $0["output_type"] as? String == "error" })
    }

    @Test(arguments: [":answer 1 2x", ":hint 1", ":skip 1"])
    func notebookExerciseCommandsInAFileOfCellsSayWhereTheyBelong(cell: String) throws {
        let run = try DescentProcess.run(["-e", cell])
        #expect(run.status == 1)
        #expect(run.standardError.contains("K is for a chapter's Jupyter notebook (descent lesson N --ipynb).\nAt a terminal, :lesson N asks each exercise in turn"))
    }

    @Test func aNotebookForAnotherStudentSaysHowToStartJupyterForThem() throws {
        let notebook = FileManager.default.temporaryDirectory.appendingPathComponent("descent-name-\(UUID().uuidString).ipynb")
        defer { try? FileManager.default.removeItem(at: notebook) }
        let forBob = try DescentProcess.run(["lesson", "1", "--name", "bob", "--ipynb", notebook.path], environment: ["DESCENT_STUDENT": "ann"])
        #expect(forBob.status == 0)
        #expect(forBob.standardError == "note: this notebook is for bob, but a Descent kernel started here records answers for ann; start Jupyter with DESCENT_STUDENT=bob\n")
        let forAnn = try DescentProcess.run(["lesson", "1", "--name", "ann", "--ipynb", notebook.path], environment: ["DESCENT_STUDENT": "ann"])
        #expect(forAnn.standardError == "")
    }

    @Test func anExamChapterIsNotWrittenAsANotebook() throws {
        let notebook = FileManager.default.temporaryDirectory.appendingPathComponent("descent-exam-\(UUID().uuidString).ipynb")
        let run = try DescentProcess.run(["lesson", "1", "--exam", "--ipynb", notebook.path])
        #expect(run.status != 0)
        #expect(run.standardError.contains("Chapter 1 is an exam. Take it in a terminal with `descent lesson 1`"))
        #expect(!FileManager.default.fileExists(atPath: notebook.path))
    }

    @Test func aFileThatIsNotANotebookIsRefusedWithAMessage() throws {
        let file = try DescentProcess.temporaryFile("[1, 2]", suffix: ".ipynb")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try DescentProcess.run(["run", file.path])
        #expect(run.status == 1)
        #expect(run.standardError.contains("not a Jupyter notebook"))
    }

    @Test func kernelInstallAndRemoveManageTheKernelspec() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("descent-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let install = try DescentProcess.run(["kernel", "install", "--prefix", prefix.path])
        #expect(install.status == 0)
        let spec = prefix.appendingPathComponent("share/jupyter/kernels/descent/kernel.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: spec)) as? [String: Any]
        let argv = json?["argv"] as? [String] ?? []
        #expect(argv.first.map { $0.hasPrefix("/") && FileManager.default.isExecutableFile(atPath: $0) } == true)
        #expect(Array(argv.dropFirst()) == ["kernel", "-f", "{connection_file}"])
        #expect(try DescentProcess.run(["kernel", "remove", "--prefix", prefix.path]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: spec.path))
        #expect(try DescentProcess.run(["kernel", "remove", "--prefix", prefix.path]).status == 1)
    }
}
