"""The official Jupyter kernel test suite, run against the installed Descent kernel."""

import unittest

import jupyter_kernel_test


class DescentKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "descent"
    language_name = "descent"
    file_extension = ".descent"

    code_hello_world = 'print("hello, world")'
    code_stderr = 'print("a warning", to = "stderr")'

    completion_samples = [
        {"text": "dif", "matches": {"diff"}},
        {"text": "plot(sig", "matches": {"sigmoid", "sigmoidchain", "sign"}},
        {"text": ":he", "matches": {":help"}},
        {"text": ":set dig", "matches": {"digits"}},
    ]

    complete_code_samples = ["1 + 1", "f(x) = x^2", "diff(sin(x), x)", ":help diff"]
    incomplete_code_samples = ["plot(sin(x),", "diff(x^3, \\", "[1, 2,"]
    invalid_code_samples = ["1 +* 2", "diff(x))", "f(x) = "]

    code_generate_error = "diff(x^2, 3)"

    code_execute_result = [
        {"code": "1+1", "result": "2"},
        {"code": "diff(x^3, x)", "result": "3x²"},
        {"code": "diff(x^3, x)", "mime": "text/latex"},
        {"code": "[1, 2, 3]", "result": "[1, 2, 3]"},
    ]

    code_display_data = [
        {"code": "plot(x^2, x = -1..1)", "mime": "image/svg+xml"},
        {"code": "plot(x^2, x = -1..1)", "mime": "text/plain"},
        {"code": "contour(x^2 + 3*y^2, x = -2..2, y = -2..2)", "mime": "image/svg+xml"},
        {"code": "bars([1, 0.1, 1e-3], log = true)", "mime": "image/svg+xml"},
    ]

    code_history_pattern = "1?1"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "diff"


if __name__ == "__main__":
    unittest.main()
