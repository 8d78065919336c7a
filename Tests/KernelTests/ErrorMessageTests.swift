import Testing
@testable import Kernel

/// Every error a student can meet says what and where, with a suggestion when one helps.
@Suite struct ErrorMessageTests {
    @Test(arguments: [
        ("sin(x", "error: expected ')' to close '(' opened at column 4, found end of input\n  sin(x\n       ^"),
        ("sinn(x)", "error: unknown function 'sinn' at column 1\n  sinn(x)\n  ^^^^\nhint: did you mean 'sin'?"),
        ("diff(x)", "error: diff takes 2 or 3 arguments (an expression, a variable, and optionally an order), but 1 was given\n  diff(x)\n  ^^^^^^^\nhint: type :help diff for an example"),
        ("sigmoid(x, 2)", "error: sigmoid takes 1 argument, but 2 were given\n  sigmoid(x, 2)\n  ^^^^^^^^^^^^^\nhint: type :help sigmoid for an example"),
        ("eval(x + y, x = 1)", "error: eval: no value for 'y'\n  eval(x + y, x = 1)\n       ^^^^^\nhint: give it one, e.g. y = 1"),
        ("diff(x^2, 3)", "error: diff: expected a variable such as x, not an expression (was it given a value? :vars lists them)\n  diff(x^2, 3)\n            ^"),
        ("adam(x^2 + y, x = 1)", "error: adam: give a start value for y, as in y = 1\n  adam(x^2 + y, x = 1)\n  ^^^^^^^^^^^^^^^^^^^^"),
        ("adam(x^2, x = 1, betta1 = 0.8)", "error: adam has no option 'betta1'\n  adam(x^2, x = 1, betta1 = 0.8)\n                   ^^^^^^\nhint: did you mean 'beta1'?"),
        ("plot(x, x = 2..1)", "error: plot: x = 2..1 is empty: the start must be below the end\n  plot(x, x = 2..1)\n              ^^^^"),
        ("[1, 2] + [1, 2, 3]", "error: lists of different lengths (2 and 3) cannot be combined\n  [1, 2] + [1, 2, 3]\n  ^^^^^^^^^^^^^^^^^^"),
        ("Out[7]", "error: there is no Out[7]\n  Out[7]\n  ^^^^^^"),
    ])
    func errorSaysWhatAndWhere(cell: String, message: String) {
        #expect(show(cell) == message)
    }

    @Test func ieeeValuesAreResultsNotErrors() {
        #expect(transcript(["log(-1)", "1/0", "eval(log(x), x = 0)", "-1/0"]) == ["nan", "inf", "-inf", "-inf"])
    }
}
