import Foundation
import Kernel
import Lessons

/// Answers Jupyter requests with a session: one handler, used by the shell thread for
/// everything that touches the session and by the control thread for interrupt,
/// shutdown and kernel_info, which do not.
final class RequestHandler: @unchecked Sendable {
    let session: Session
    let publisher: any OutputSink
    let stopping: StopFlag
    var history = KernelHistory()
    /// The chapters a notebook answers exercises in; nil when no lessons are set up.
    let lessons: NotebookLessons?

    init(session: Session, publisher: any OutputSink, stopping: StopFlag, lessons: LessonSetup? = nil) {
        self.session = session
        self.publisher = publisher
        self.stopping = stopping
        self.lessons = lessons.map(NotebookLessons.init(setup:))
    }

    /// The replies to send back on the socket the request came from; status busy and
    /// idle go out on iopub around the work.
    func handle(_ request: Message, channel: String) -> [Message] {
        let type = request.header.type
        if channel == "control", !["kernel_info_request", "interrupt_request", "shutdown_request"].contains(type) {
            KernelLog.write("ignored \(type) on control: only kernel_info, interrupt and shutdown are served there")
            return []
        }
        guard let answer = answer(for: type) else {
            KernelLog.write("ignored a message of unknown type '\(type)' on \(channel)")
            return []
        }
        publisher.status("busy", parent: request)
        let (replyType, content) = answer(request)
        publisher.status("idle", parent: request)
        return [request.reply(replyType, content: content)]
    }

    private func answer(for type: String) -> ((Message) -> (String, JSONValue))? {
        switch type {
        case "kernel_info_request": return { _ in ("kernel_info_reply", KernelInfo.content) }
        case "execute_request": return { ("execute_reply", self.execute($0)) }
        case "complete_request": return { ("complete_reply", self.complete($0.content)) }
        case "inspect_request": return { ("inspect_reply", self.inspect($0.content)) }
        case "is_complete_request": return { ("is_complete_reply", Self.isComplete($0.content)) }
        case "history_request": return { ("history_reply", self.history.reply(to: $0.content)) }
        case "comm_info_request": return { _ in ("comm_info_reply", ["status": "ok", "comms": [:]]) }
        case "interrupt_request": return { _ in
            self.session.interrupt.raise()
            KernelLog.write("interrupted (interrupt_request)")
            return ("interrupt_reply", ["status": "ok"])
        }
        case "shutdown_request": return { request in
            let restart = request.content["restart"]?.bool ?? false
            self.stopping.raise(restart: restart)
            return ("shutdown_reply", ["status": "ok", "restart": .bool(restart)])
        }
        default: return nil
        }
    }
}
