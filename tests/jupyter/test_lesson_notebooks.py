"""Every built-in chapter, written as a notebook by `descent lesson N --ipynb`, runs in
the installed Descent kernel through nbclient with no error output; a chapter answered
in its notebook is checked by the kernel, logged, and marked by `descent grade`."""

import os
import re
import subprocess
import tempfile
import unittest

import nbclient
import nbformat

DESCENT = os.environ["DESCENT"]

# Attempt logs go to a folder of this run, never to the user's own records.
DATA_HOME = tempfile.mkdtemp(prefix="descent-notebook-tests-")
os.environ["XDG_DATA_HOME"] = DATA_HOME
os.environ["DESCENT_STUDENT"] = "alice"


def chapters():
    listing = subprocess.run([DESCENT, "lessons"], capture_output=True, text=True, check=True).stdout
    return [int(number) for number in re.findall(r"^\s*(\d+)\.", listing, re.MULTILINE)]


class LessonNotebookTests(unittest.TestCase):
    def test_there_are_chapters(self):
        self.assertGreaterEqual(len(chapters()), 1)

    def test_every_chapter_runs_in_the_kernel_without_errors(self):
        for chapter in chapters():
            with self.subTest(chapter=chapter), tempfile.TemporaryDirectory() as folder:
                path = os.path.join(folder, f"chapter{chapter}.ipynb")
                subprocess.run([DESCENT, "lesson", str(chapter), "--ipynb", path], check=True)
                notebook = nbformat.read(path, as_version=4)
                nbformat.validate(notebook)
                nbclient.NotebookClient(notebook, kernel_name="descent", timeout=600).execute()
                errors = [
                    output
                    for cell in notebook.cells
                    if cell.cell_type == "code"
                    for output in cell.outputs
                    if output.output_type == "error"
                ]
                self.assertEqual(errors, [])
                code_cells = [cell for cell in notebook.cells if cell.cell_type == "code" and cell.source.strip()]
                self.assertTrue(all(cell.outputs or "=" in cell.source for cell in code_cells))


    def test_a_chapter_answered_in_its_notebook_is_checked_logged_and_graded(self):
        key = subprocess.run([DESCENT, "lesson", "1", "--print", "--key", "--name", "alice"],
                             capture_output=True, text=True, check=True).stdout
        # "Answer: 5·cos(5x) (a = 5)": the answer as the key prints it, without the constants.
        answers = [re.sub(r" \([a-z0-9_]+ = [^)]*\)$", "", line[len("Answer: "):])
                   for line in key.splitlines() if line.startswith("Answer: ")]
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "chapter1.ipynb")
            subprocess.run([DESCENT, "lesson", "1", "--ipynb", path], check=True)
            notebook = nbformat.read(path, as_version=4)
            answer_cells = [cell for cell in notebook.cells if cell.cell_type == "code" and cell.source.startswith(":answer ")]
            self.assertEqual(len(answer_cells), len(answers))
            first = answer_cells[0]
            for cell in answer_cells:
                number = int(cell.source.split()[1])
                cell.source = f":answer {number} {answers[number - 1]}"
            first.source = ":answer 1 1000\n" + first.source  # one wrong try first
            nbclient.NotebookClient(notebook, kernel_name="descent", timeout=600).execute()

            def printed(cell):
                return "".join(output.get("text", "") for output in cell.outputs)

            self.assertIn("2 tries left; :hint 1 for a hint, :skip 1 to see the answer.", printed(first))
            for cell in answer_cells:
                self.assertTrue(printed(cell).rstrip().endswith("✓ Correct.") or "last open exercise" in printed(cell),
                                msg=f"{cell.source!r} printed {printed(cell)!r}")
            self.assertIn("That was the last open exercise of chapter 1: 13 of 13 solved.", printed(answer_cells[-1]))

        logs = os.path.join(DATA_HOME, "descent", "logs")
        grades = subprocess.run([DESCENT, "grade", logs], capture_output=True, text=True, check=True).stdout
        self.assertIn("alice: 13 of 13 exercises solved (13 in the first attempt, 13 without hints)", grades)


if __name__ == "__main__":
    unittest.main()
