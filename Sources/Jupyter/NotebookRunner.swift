import Foundation
import Kernel
import Lessons

/// Runs an nbformat 4 notebook headless, as `jupyter nbconvert --execute` would: every
/// code cell in order through the kernel's own execute handler, its outputs and
/// execution count filled in, markdown left as it is.
public struct NotebookRunner {
    public let session: Session
    /// Lets `:lesson N` and `:answer K …` cells check and record answers, as in the kernel.
    public let lessons: LessonSetup?

    public init(session: Session, lessons: LessonSetup? = nil) {
        self.session = session
        self.lessons = lessons
    }

    /// The executed notebook, and how many cells ended in an error.
    public func run(_ data: Data) throws(NotebookError) -> (notebook: Data, failures: Int) {
        guard case .object(var notebook)? = JSONValue.parse(data), case .array(let cells)? = notebook["cells"] else {
            throw .notANotebook
        }
        let sink = CollectedOutputs()
        let handler = RequestHandler(session: session, publisher: sink, stopping: StopFlag(), lessons: lessons)
        var failures = 0
        notebook["cells"] = .array(cells.map { cell in
            guard case .object(var fields) = cell, fields["cell_type"]?.string == "code" else { return cell }
            sink.outputs = []
            let request = Message(header: MessageHeader(type: "execute_request", session: "notebook"),
                                  content: ["code": .string(NotebookRunner.source(of: fields["source"])), "silent": false])
            let reply = handler.execute(request)
            if reply["status"]?.string == "error" { failures += 1 }
            fields["outputs"] = .array(sink.outputs)
            fields["execution_count"] = reply["execution_count"] ?? .null
            return .object(fields)
        })
        return (JSONValue.object(notebook).data, failures)
    }

    /// A cell's source: one string, or the list of lines nbformat also allows.
    static func source(of value: JSONValue?) -> String {
        switch value {
        case .string(let text)?: return text
        case .array(let lines)?: return lines.compactMap(\.string).joined()
        default: return ""
        }
    }
}

/// The outputs of one cell, in nbformat's shape: each iopub content with its `output_type`.
private final class CollectedOutputs: OutputSink, @unchecked Sendable {
    var outputs: [JSONValue] = []

    func publish(_ type: String, _ content: JSONValue, parent: Message) {
        guard ["stream", "display_data", "execute_result", "error"].contains(type), case .object(var fields) = content else { return }
        fields["output_type"] = .string(type)
        outputs.append(.object(fields))
    }
}
