@testable import Jupyter

/// An output sink that keeps what a handler published, for tests.
final class RecordedOutputs: OutputSink, @unchecked Sendable {
    var messages: [(type: String, content: JSONValue)] = []

    func publish(_ type: String, _ content: JSONValue, parent: Message) {
        messages.append((type, content))
    }

    var outputs: [(type: String, content: JSONValue)] { messages.filter { $0.type != "status" && $0.type != "execute_input" } }
}
