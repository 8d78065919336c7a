import Testing
@testable import Language

/// How cells are read: precedence, implicit multiplication, Unicode, and errors with columns.
@Suite struct ParserTests {
    @Test(arguments: [
        ("-x^2", "-x^2"),
        ("2^3^2", "512"),
        ("-2^2", "-4"),
        ("2x", "2*x"),
        ("3(x + 1)", "3*x + 3"),
        ("2x^2", "2*x^2"),
        ("1/2x", "1/(2*x)"),
        ("xy", "xy"),
        ("x²", "x^2"),
        ("3x² − 2·x", "3*x^2 - 2*x"),
        ("x⁻¹", "1/x"),
        ("π", "pi"),
        ("x**2", "x^2"),
        ("1e-3", "0.001"),
        ("2.5e2", "250"),
        (".5", "0.5"),
        ("x - -1", "x + 1"),
        ("ln(x)", "log(x)"),
        ("sqrt(4)", "2"),
        ("sqrt(8)", "2*sqrt(2)"),
        ("1/sqrt(12)", "1/(2*sqrt(3))"),
        ("54^(1/3)", "3*2^(1/3)"),
        ("sqrt(1/8)", "1/(2*sqrt(2))"),
        ("sqrt(3/4)", "sqrt(3)/2"),
        ("e^x", "exp(x)"),
        ("1/3 + 1/6", "1/2"),
        ("x + x", "2*x"),
        ("x*x", "x^2"),
        ("1*x + 0", "x"),
        ("x^1", "x"),
        ("--x", "x"),
        ("sin(pi)", "0"),
        ("cos(pi)", "-1"),
        ("log(e)", "1"),
    ])
    func readsAsExpected(input: String, expected: String) throws {
        #expect(ascii(try expr(input)) == expected)
    }

    @Test func cellKinds() throws {
        guard case .assignment(let name, _, _) = try Cell.parse("lr = 0.1") else { Issue.record("not an assignment"); return }
        #expect(name == "lr")
        guard case .definition(let f, let parameters, _, _) = try Cell.parse("f(x, y) = x^2 + 3*x*y") else {
            Issue.record("not a definition"); return
        }
        #expect(f == "f" && parameters == ["x", "y"])
        guard case .command(let command, let argument) = try Cell.parse(":help diff") else { Issue.record("not a command"); return }
        #expect(command == "help" && argument == "diff")
        guard case .empty = try Cell.parse("   ") else { Issue.record("not empty"); return }
    }

    @Test func namedArgumentsRangesAndLists() throws {
        guard case .expression(.call("plot", _, let arguments, _)) = try Cell.parse("plot([sin(x), cos(x)], x = -pi..pi)") else {
            Issue.record("not a call"); return
        }
        #expect(arguments.count == 2)
        #expect(arguments[1].label == "x")
        guard case .range = arguments[1].value else { Issue.record("not a range"); return }
        guard case .list(let elements, _) = arguments[0].value else { Issue.record("not a list"); return }
        #expect(elements.count == 2)
    }

    struct ErrorCase: CustomTestStringConvertible, Sendable {
        let cell: String
        let message: String
        /// The cell with `^` under the reported columns, as the student sees it.
        let carets: String
        var testDescription: String { cell }
    }

    @Test(arguments: [
        ErrorCase(cell: "sin(x", message: "expected ')' to close '(' opened at column 4, found end of input",
                  carets: "     ^"),
        ErrorCase(cell: "[1, 2", message: "expected ']' to close '[' opened at column 1, found end of input",
                  carets: "     ^"),
        ErrorCase(cell: "x + * 2", message: "expected an expression at column 5, found '*'", carets: "    ^"),
        ErrorCase(cell: "x $ 2", message: "unexpected character '$' at column 3", carets: "  ^"),
        ErrorCase(cell: "(x + 1))", message: "')' at column 8 has no matching opening bracket", carets: "       ^"),
        ErrorCase(cell: "2 = x", message: "can only assign to a name (a = 1) or define a function (f(x) = x^2)",
                  carets: "^"),
        ErrorCase(cell: "x +", message: "expected an expression at column 4, found end of input", carets: "   ^"),
        ErrorCase(cell: "f(x, x) = x^2", message: "parameter 'x' is named twice at column 6", carets: "     ^"),
    ])
    func syntaxErrorsSayWhatAndWhere(_ c: ErrorCase) {
        do throws(SyntaxError) {
            _ = try Cell.parse(c.cell)
            Issue.record("\(c.cell) parsed")
        } catch {
            let rendered = error.diagnostic.rendered(cell: c.cell).split(separator: "\n").map(String.init)
            #expect(rendered[0] == "error: " + c.message)
            #expect(rendered[1] == "  " + c.cell)
            #expect(rendered[2] == "  " + c.carets)
        }
    }

    @Test func unknownFunctionSuggestsTheNearest() throws {
        do throws(LanguageError) {
            let syntax = try! Parser.parseExpression("sinn(x)")
            _ = try syntax.algebraic()
            Issue.record("sinn parsed")
        } catch {
            #expect(error.diagnostic.message == "unknown function 'sinn' at column 1")
            #expect(error.diagnostic.hint == "did you mean 'sin'?")
        }
    }

    @Test func wrongArgumentCountNamesTheFunction() throws {
        do throws(LanguageError) {
            let syntax = try! Parser.parseExpression("max(x)")
            _ = try syntax.algebraic()
            Issue.record("max(x) parsed")
        } catch {
            #expect(error.diagnostic.message == "max takes 2 arguments, but 1 was given")
        }
    }

    @Test func longCellsAreShownAroundTheError() {
        let cell = String(repeating: "x + ", count: 50) + "$"
        let rendered = SyntaxError.unexpectedCharacter("$", at: SourceRange(201, 202)).diagnostic.rendered(cell: cell)
        let lines = rendered.split(separator: "\n")
        #expect(lines[1].count <= 76)
        #expect(lines[1].hasSuffix("$"))
        #expect(lines[2].hasSuffix("^"))
        #expect(lines[1].firstIndex(of: "$").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
                == lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) })
    }
}
