import Foundation
import Testing
@testable import Jupyter

/// The kernel as a process, over real ZeroMQ sockets: what a front end (or an
/// attacker on the port) can send it.
@Suite(.serialized) struct KernelProtocolTests {
    @Test func badMessagesAreDroppedAndLoggedAndTheNextGoodRequestIsAnswered() throws {
        let kernel = try KernelProcess()
        #expect(kernel.waitForIOPub())
        let wrongKey = WireCodec(signer: MessageSigner(key: "not-the-key"))
        let parts = [kernel.request("execute_request", [:]).header.json.data, Data("{}".utf8), Data("{}".utf8), Data("{\"code\": ".utf8)]
        let badMessages: [[Data]] = [
            wrongKey.encode(kernel.request("execute_request", ["code": "pwned = 1"])),
            Array(kernel.codec.encode(kernel.request("execute_request", ["code": "pwned = 2"])).prefix(3)),
            [WireCodec.delimiter, Data(kernel.codec.signer.signature(of: parts).utf8)] + parts,
            kernel.codec.encode(kernel.request("bogus_request", ["code": "pwned = 4"])),
        ]
        for frames in badMessages { kernel.shell.send(frames) }

        let good = kernel.request("execute_request", ["code": "1+1", "silent": false])
        let reply = kernel.ask(good)
        #expect(reply?.content["status"]?.string == "ok")
        let result = kernel.published(after: good).first { $0.header.type == "execute_result" }
        #expect(result?.content["data"]?["text/plain"]?.string == "2")

        // Unassigned, `pwned` is a free symbol and shows as itself; had a rejected message run, it would be a number.
        let probe = kernel.request("execute_request", ["code": "pwned"])
        _ = kernel.ask(probe)
        let value = kernel.published(after: probe).first { $0.header.type == "execute_result" }
        #expect(value?.content["data"]?["text/plain"]?.string == "pwned", "a rejected message ran code")
        #expect(kernel.isRunning)

        let (status, log) = kernel.shutDown()
        #expect(status == 0)
        #expect(log.contains("signature does not verify"))
        #expect(log.contains("truncated message"))
        #expect(log.contains("the content frame is not a JSON object"))
        #expect(log.contains("unknown type 'bogus_request'"))
    }

    @Test func kernelInfoSaysProtocolFiveThreeAndTheLanguage() throws {
        let kernel = try KernelProcess()
        let reply = kernel.ask(kernel.request("kernel_info_request", [:]))
        #expect(reply?.header.type == "kernel_info_reply")
        #expect(reply?.content["protocol_version"]?.string == "5.3")
        #expect(reply?.content["language_info"]?["name"]?.string == "descent")
        #expect(reply?.content["language_info"]?["file_extension"]?.string == ".descent")
        #expect(kernel.shutDown().status == 0)
    }

    @Test func aPlotIsPublishedAsSVGWithItsTextAndPrintAsAStream() throws {
        let kernel = try KernelProcess()
        #expect(kernel.waitForIOPub())
        let request = kernel.request("execute_request", ["code": "print(\"hello\", 2)\nplot(x^2, x = -1..1)"])
        _ = kernel.ask(request)
        let published = kernel.published(after: request)
        let stream = published.first { $0.header.type == "stream" }
        #expect(stream?.content["text"]?.string == "hello 2\n")
        #expect(stream?.content["name"]?.string == "stdout")
        let display = published.first { $0.header.type == "display_data" }
        #expect(display?.content["data"]?["image/svg+xml"]?.string?.hasPrefix("<svg") == true)
        #expect(display?.content["data"]?["text/plain"]?.string?.contains("┤") == true)
        #expect(kernel.shutDown().status == 0)
    }
}

@Suite(.serialized) struct KernelLifecycleTests {
    @Test func theHeartbeatEchoesWhatItIsSent() throws {
        let kernel = try KernelProcess()
        let context = ZMQContext()
        let heartbeat = try ZMQSocket(context, kind: .request)
        try heartbeat.connect(kernel.connection.endpoint(kernel.connection.heartbeatPort))
        heartbeat.send([Data("ping".utf8)])
        #expect(heartbeat.receive(timeout: KernelProcess.patience) == [Data("ping".utf8)])
        heartbeat.close()
        context.terminate()
        #expect(kernel.shutDown().status == 0)
    }

    @Test func anInterruptOnControlStopsTheRunAndKeepsTheSession() throws {
        let kernel = try KernelProcess()
        #expect(kernel.waitForIOPub())
        _ = kernel.ask(kernel.request("execute_request", ["code": "kept = 5"]))
        let run = kernel.request("execute_request", ["code": "r = adam(x, x = 0, steps = 100000000)"])
        kernel.shell.send(kernel.codec.encode(run))
        // Interrupt once the run has started: its execute_input is on iopub by then.
        while let frames = kernel.iopub.receive(timeout: KernelProcess.patience) {
            if let message = try? kernel.codec.decode(frames), message.parentHeader["msg_id"]?.string == run.header.id,
               message.header.type == "execute_input" { break }
        }
        let interrupt = kernel.ask(kernel.request("interrupt_request", [:]), on: kernel.control)
        #expect(interrupt?.header.type == "interrupt_reply")
        let reply = kernel.awaitReply(to: run, on: kernel.shell)
        #expect(reply?.content["ename"]?.string == "Interrupted")
        let check = kernel.request("execute_request", ["code": "kept + 1"])
        _ = kernel.ask(check)
        let value = kernel.published(after: check).first { $0.header.type == "execute_result" }
        #expect(value?.content["data"]?["text/plain"]?.string == "6")
        #expect(kernel.shutDown().status == 0)
    }
}
