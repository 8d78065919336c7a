import Foundation
import Kernel
import Lessons
import Testing
@testable import Jupyter

@Suite struct NotebookTests {
    @Test func runningANotebookFillsInEveryCodeCellsOutputs() throws {
        let notebook: JSONValue = [
            "nbformat": 4, "nbformat_minor": 5, "metadata": [:],
            "cells": [
                ["cell_type": "markdown", "source": "# Slopes", "metadata": [:]],
                ["cell_type": "code", "source": ["f(x) = x^3\n", "diff(f(x), x)"], "metadata": [:], "outputs": [], "execution_count": nil],
                ["cell_type": "code", "source": "plot(f(x), x = -1..1)", "metadata": [:], "outputs": [], "execution_count": nil],
                ["cell_type": "code", "source": "diff(x, 2)", "metadata": [:], "outputs": [], "execution_count": nil],
            ],
        ]
        let (data, failures) = try NotebookRunner(session: Session()).run(notebook.data)
        let cells = try #require(JSONValue.parse(data)?["cells"])
        guard case .array(let list) = cells else { Issue.record("no cells"); return }
        #expect(failures == 1)
        #expect(list[0]["outputs"] == nil)
        guard case .array(let derivativeOutputs)? = list[1]["outputs"] else { Issue.record("no outputs"); return }
        #expect(derivativeOutputs.first?["output_type"] == "execute_result")
        #expect(derivativeOutputs.first?["data"]?["text/plain"] == "3x²")
        #expect(list[1]["execution_count"] == 2)
        guard case .array(let plotOutputs)? = list[2]["outputs"] else { Issue.record("no plot outputs"); return }
        #expect(plotOutputs.first?["output_type"] == "display_data")
        #expect(plotOutputs.first?["data"]?["image/svg+xml"]?.string?.hasPrefix("<svg") == true)
        guard case .array(let errorOutputs)? = list[3]["outputs"] else { Issue.record("no error outputs"); return }
        #expect(errorOutputs.first?["output_type"] == "error")
    }

    @Test func somethingThatIsNotANotebookIsRefused() {
        #expect(throws: NotebookError.notANotebook) { try NotebookRunner(session: Session()).run(Data("[1, 2]".utf8)) }
    }

    @Test func aChapterBecomesMarkdownAndCodeCells() throws {
        let lesson = try LessonCatalog.builtin.lesson(chapter: 1)
        let notebook = try #require(JSONValue.parse(LessonNotebook(lesson: lesson, chapter: 1).data))
        #expect(notebook["nbformat"] == 4)
        #expect(notebook["metadata"]?["kernelspec"]?["name"] == "descent")
        guard case .array(let cells)? = notebook["cells"] else { Issue.record("no cells"); return }
        #expect(cells.first?["source"]?.string == "# Chapter 1: \(lesson.title)")
        let codeCells = cells.filter { $0["cell_type"] == "code" }
        let blocks = lesson.steps.filter { if case .cells = $0.content { true } else { false } }
        #expect(codeCells.count == blocks.count + lesson.exercises.count)
        #expect(Set(cells.compactMap { $0["id"]?.string }).count == cells.count)
    }
}
