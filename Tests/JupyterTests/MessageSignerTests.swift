import Foundation
import Testing
@testable import Jupyter

@Suite struct MessageSignerTests {
    /// RFC 4231, test case 2: HMAC-SHA256 with key "Jefe", split over two frames.
    @Test func signatureMatchesTheRFC4231Vector() {
        let signer = MessageSigner(key: "Jefe")
        let frames = [Data("what do ya ".utf8), Data("want for nothing?".utf8)]
        #expect(signer.signature(of: frames) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func verifiesItsOwnSignatureAndRejectsAnyOther() {
        let signer = MessageSigner(key: "secret")
        let frames = [Data("{}".utf8), Data("{\"a\":1}".utf8)]
        let signature = signer.signature(of: frames)
        #expect(signer.verifies(signature, of: frames))
        #expect(!signer.verifies(signature, of: [Data("{}".utf8), Data("{\"a\":2}".utf8)]))
        #expect(!MessageSigner(key: "other").verifies(signature, of: frames))
        #expect(!signer.verifies(String(signature.dropLast()) + (signature.hasSuffix("0") ? "1" : "0"), of: frames))
        #expect(!signer.verifies("not hex", of: frames))
        #expect(!signer.verifies("", of: frames))
    }

    @Test func anEmptyKeyMeansNoSigning() {
        let signer = MessageSigner(key: "")
        #expect(signer.signature(of: [Data("x".utf8)]) == "")
        #expect(signer.verifies("", of: [Data("x".utf8)]))
    }
}
