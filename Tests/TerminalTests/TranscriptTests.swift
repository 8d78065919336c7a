import Testing
@testable import Terminal

@Suite struct TranscriptTests {
    @Test func savedCellsAreRenumberedInTheirOutReferences() {
        var transcript = Transcript()
        transcript.recordCell("a = 2", number: 1)
        transcript.recordCell("a^2", number: 3)
        transcript.recordSetting(":set seed 7")
        transcript.recordCell("Out[3] + Out[3] + myOut[3]", number: 5)
        #expect(transcript.fileText(header: "saved") == """
            # saved
            a = 2
            a^2
            :set seed 7
            Out[2] + Out[2] + myOut[3]

            """)
    }

    @Test func aResetForgetsCellsButKeepsSettings() {
        var transcript = Transcript()
        transcript.recordCell("1", number: 1)
        transcript.recordSetting(":set digits 4")
        transcript.reset()
        #expect(transcript.entries == [.init(number: nil, text: ":set digits 4")])
        #expect(transcript.cellCount == 0)
    }

    @Test func referencesToCellsNotSavedAreLeftAlone() {
        #expect(Transcript.renumberingOutputs(in: "Out[9] + Out[x]", [1: 1]) == "Out[9] + Out[x]")
    }
}

@Suite struct TranscriptResetTests {
    @Test func aResetKeepsOneCommandPerSettingTheLast() {
        var transcript = Transcript()
        transcript.recordSetting(":set digits 3")
        transcript.recordCell("pi", number: 1)
        transcript.recordSetting(":set ascii")
        transcript.recordSetting(":set digits 5")
        transcript.recordSetting(":set unicode")
        transcript.reset()
        #expect(transcript.entries.map(\.text) == [":set digits 5", ":set unicode"])
    }
}
