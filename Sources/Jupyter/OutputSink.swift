/// Where a request's outputs go: iopub in a running kernel, a notebook's cells in a headless run.
protocol OutputSink: AnyObject, Sendable {
    /// Sends one iopub message (`stream`, `display_data`, `execute_result`, `error`, `status`, …) caused by `parent`.
    func publish(_ type: String, _ content: JSONValue, parent: Message)
}

extension OutputSink {
    func status(_ state: String, parent: Message) {
        publish("status", ["execution_state": .string(state)], parent: parent)
    }
}
