import Testing
@testable import Terminal

@Suite struct CompletionTests {
    let vocabulary = Completion.Vocabulary(
        builtins: ["diff", "sigmoid", "sin", "sinh", "simplify"], functions: ["loss"], variables: ["lr", "sx"],
        commands: ["help", "history", "load", "lesson", "lessons", "set"], lessons: ["derivatives", "descent"])

    private func texts(_ word: String, after before: String = "") -> [String]? {
        Completion.candidates(for: word, after: before, in: vocabulary)?.map(\.text)
    }

    @Test func aWordCompletesToFunctionsVariablesAndConstants() {
        #expect(texts("si") == ["sigmoid", "simplify", "sin", "sinh"])
        #expect(texts("l") == ["loss", "lr"])
        #expect(texts("p") == ["pi"])
    }

    @Test func aWordInsideACallCompletesAsAnExpression() {
        #expect(texts("si", after: "diff(") == ["sigmoid", "simplify", "sin", "sinh"])
    }

    @Test func aColonAtTheStartCompletesCommands() {
        #expect(texts(":he") == [":help"])
        #expect(texts(":l") == [":lesson", ":lessons", ":load"])
    }

    @Test func afterLessonTheLessonNamesComplete() {
        #expect(texts("de", after: ":lesson ") == ["derivatives", "descent"])
        #expect(texts("de", after: ":lessons ") == [])
    }

    @Test func afterHelpAndSetTheirArgumentsComplete() {
        #expect(texts("sin", after: ":help ") == ["sin", "sinh"])
        #expect(texts("d", after: ":set ") == ["digits"])
    }

    @Test func afterSaveAndLoadFileNamesComplete() {
        #expect(texts("no", after: ":save ") == nil)
        #expect(texts("no", after: ":load ") == nil)
    }

    @Test func aSoleFunctionGetsAnOpeningBracketAndAVariableNothing() {
        #expect(Completion.suffix(after: .init("sin", .function)) == "(")
        #expect(Completion.suffix(after: .init("lr", .variable)) == nil)
        #expect(Completion.suffix(after: .init(":help", .command)) == " ")
    }

    @Test func theCommonPrefixIsWhatTabTypesAtOnce() {
        let candidates = texts("sig")!.map { Completion.Candidate($0, .function) } + [.init("sign", .function)]
        #expect(Completion.commonPrefix(of: candidates) == "sig")
        #expect(Completion.commonPrefix(of: [.init("sinh", .function), .init("sin", .function)]) == "sin")
    }
}
