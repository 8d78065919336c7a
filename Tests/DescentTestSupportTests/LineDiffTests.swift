import DescentTestSupport
import Testing

@Suite struct LineDiffTests {
    @Test func aChangedLineShowsAsRemovedThenAddedWithContext() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n")
        let new = old.replacingOccurrences(of: "line 5", with: "line five")
        #expect(
            LineDiff(from: old, to: new).unified(fromName: "a", toName: "b") == """
                --- a
                +++ b
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8
                """)
    }

    @Test func distantChangesMakeSeparateHunksAndInsertionsCountOnlyOnTheNewSide() {
        let old = (1...20).map(String.init).joined(separator: "\n")
        var lines = (1...20).map(String.init)
        lines.insert("new", at: 1)
        lines.removeLast()
        let diff = LineDiff(from: old, to: lines.joined(separator: "\n")).unified(
            fromName: "a", toName: "b", context: 1)
        #expect(
            diff == """
                --- a
                +++ b
                @@ -1,2 +1,3 @@
                 1
                +new
                 2
                @@ -19,2 +20,1 @@
                 19
                -20
                """)
    }

    @Test func equalTextsHaveNoDiff() {
        #expect(LineDiff(from: "a\nb\n", to: "a\nb\n").unified(fromName: "a", toName: "b") == "")
    }
}
