"""Every built-in chapter, written as a notebook by `descent lesson N --ipynb`, runs in
the installed Descent kernel through nbclient with no error output."""

import os
import re
import subprocess
import tempfile
import unittest

import nbclient
import nbformat

DESCENT = os.environ["DESCENT"]


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


if __name__ == "__main__":
    unittest.main()
