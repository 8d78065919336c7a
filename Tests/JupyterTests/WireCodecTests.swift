import Foundation
import Testing
@testable import Jupyter

@Suite struct WireCodecTests {
    let codec = WireCodec(signer: MessageSigner(key: "a-key"))

    func request(code: String = "1+1") -> Message {
        Message(identities: [Data([0, 1, 2]), Data("client".utf8)],
                header: MessageHeader(type: "execute_request", session: "s1", id: "m1"),
                metadata: ["cell": "3"], content: ["code": .string(code), "silent": false, "n": 3],
                buffers: [Data([9, 9])])
    }

    @Test func aMessageSurvivesEncodingAndDecoding() throws {
        let message = request(code: "f(x) = x^2 # ünïcode ∂")
        let frames = codec.encode(message)
        #expect(frames[2] == WireCodec.delimiter)
        #expect(try codec.decode(frames) == message)
    }

    @Test func aReplyNamesItsRequestAsParent() throws {
        let original = request()
        let decoded = try codec.decode(codec.encode(original.reply("execute_reply", content: ["status": "ok"])))
        #expect(decoded.parentHeader == original.header.json)
        #expect(decoded.identities == original.identities)
        #expect(decoded.header.session == "s1")
    }

    struct Damage: CustomStringConvertible, Sendable {
        var description: String
        var damage: @Sendable ([Data]) -> [Data]
        var error: WireError
    }

    static let damages: [Damage] = [
        Damage(description: "no delimiter", damage: { Array($0.filter { $0 != WireCodec.delimiter }) }, error: .missingDelimiter),
        Damage(description: "truncated after the header", damage: { Array($0.prefix(5)) }, error: .truncated(frames: 2)),
        Damage(description: "a changed content frame", damage: { frames in
            var frames = frames
            frames[7] = Data("{\"code\":\"2+2\"}".utf8)
            return frames
        }, error: .badSignature),
        Damage(description: "a wrong signature", damage: { frames in
            var frames = frames
            frames[3] = Data(String(repeating: "0", count: 64).utf8)
            return frames
        }, error: .badSignature),
    ]

    @Test(arguments: damages)
    func aDamagedMessageIsRejected(_ damage: Damage) {
        #expect(throws: damage.error) { try codec.decode(damage.damage(codec.encode(request()))) }
    }

    @Test func invalidJSONIsRejectedAfterTheSignatureChecks() {
        let signer = MessageSigner(key: "a-key")
        let parts = [MessageHeader(type: "execute_request", session: "s").json.data, Data("{}".utf8), Data("{}".utf8), Data("{not json".utf8)]
        let frames = [WireCodec.delimiter, Data(signer.signature(of: parts).utf8)] + parts
        #expect(throws: WireError.invalidJSON(part: "content")) { try codec.decode(frames) }
    }
}
