import Testing
@testable import Kernel

/// A session is a notebook: numbered cells, variables, functions, and earlier outputs.
@Suite struct SessionTests {
    @Test func cellsAreNumberedAndOutputsCanBeReused() {
        let session = Session()
        #expect(session.execute("x^2").number == 1)
        #expect(session.execute("a = 0.1").output == nil)
        let third = session.execute("diff(Out[1], x)")
        #expect(third.number == 3)
        #expect(TextRenderer(settings: session.settings).render(third.output!) == "2x")
        #expect(TextRenderer(settings: session.settings).render(session.execute("_ + 1").output!) == "2x + 1")
    }

    @Test func assignmentsStaySymbolicUntilTheyCanBeNumbers() {
        #expect(transcript(["g = x^2 + a", "diff(g, x)", "a = 3", "eval(g, x = 2)"]) == ["", "2*x", "", "7"])
    }

    @Test func definedFunctionsTakeNumbersOrExpressions() {
        let lines = transcript(["f(x, y) = x^2 + 3*x*y", "f(1, 2)", "diff(f(x, y), x)", "f(t, t)", "f(1)"])
        #expect(lines[1] == "7")
        #expect(lines[2] == "2*x + 3*y")
        #expect(lines[3] == "4*t^2")
        #expect(lines[4].hasPrefix("error: f takes 2 arguments (x, y), but 1 was given"))
    }

    @Test func parametersShadowVariables() {
        #expect(transcript(["x = 5", "f(x) = x^2", "f(3)", "x"]) == ["", "", "9", "5"])
    }

    @Test func builtInNamesCannotBeRedefined() {
        #expect(show("sin = 3").hasPrefix("error: 'sin' is a built-in function; choose another name"))
        #expect(show("pi = 3").hasPrefix("error: 'pi' is a reserved name"))
    }

    @Test func theSessionSurvivesErrors() {
        #expect(transcript(["a = 2", "sin(", "a + 1"]) [2] == "3")
    }

    @Test func varsListsVariablesAndFunctions() {
        let lines = transcript(["f(x) = x^2", "lr = 0.1", ":vars"])
        #expect(lines[2] == "f(x) = x^2\nlr = 0.1")
    }

    @Test func resetForgetsEverything() {
        let lines = transcript(["a = 1", ":reset", "a"])
        #expect(lines[2] == "a")
    }

    @Test func setChangesHowResultsPrint() {
        let session = Session()
        _ = session.execute(":set ascii")
        #expect(TextRenderer(settings: session.settings).render(session.execute("3x^2").output!) == "3*x^2")
        _ = session.execute(":set digits 3")
        #expect(TextRenderer(settings: session.settings).render(session.execute("eval(pi)").output!) == "3.14")
        let bad = session.execute(":set colr on")
        #expect(bad.failed)
    }

    @Test func helpDescribesAFunctionWithARunnableExample() {
        let help = show(":help diff")
        #expect(help.contains("diff(e, x) or diff(e, x, n)"))
        #expect(help.contains("example: diff(sin(x)^2, x)"))
        #expect(show(":help").split(separator: "\n").count <= 20)
        #expect(show(":help").split(separator: "\n").allSatisfy { $0.count <= 78 }, "the overview fits an 80-column terminal")
        #expect(show(":help").split(separator: "\n").contains { $0.contains(":answer K ANSWER") && $0.contains(":hint K") })
        #expect(show(":help diffy").contains("Did you mean 'diff'?"))
    }

    @Test func unknownCommandsGoToTheFrontEnd() {
        let result = Session().execute(":lessons")
        #expect(result.command?.name == "lessons")
    }

    @Test func listsAndRunsHaveParts() {
        let lines = transcript(["r = sgd((w - 2)^2, w = 5, lr = 0.1, steps = 1)", "r.w", "r.final", "r.path", "r.steps", "r.nope"])
        #expect(lines[1] == "4.4")
        #expect(lines[2] == "[4.4]")
        #expect(lines[3] == "[[5], [4.4]]")
        #expect(lines[4] == "1")
        #expect(lines[5].contains("a run has no part '.nope'"))
    }
}
