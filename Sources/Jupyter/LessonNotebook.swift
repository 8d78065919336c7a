import Foundation
import Lessons

/// A chapter as an nbformat 4 notebook for JupyterLab: the title and prose as Markdown
/// cells, each block of cells as one code cell, and each exercise as a Markdown question
/// followed by an empty code cell to work in.
public struct LessonNotebook {
    public var lesson: Lesson
    public var chapter: Int

    public init(lesson: Lesson, chapter: Int) {
        self.lesson = lesson
        self.chapter = chapter
    }

    public var data: Data {
        var cells: [JSONValue] = [markdown("# Chapter \(chapter): \(lesson.title)")]
        for step in lesson.steps {
            let prose = step.prose.trimmingCharacters(in: .whitespacesAndNewlines)
            if !prose.isEmpty { cells.append(markdown(prose)) }
            switch step.content {
            case .cells(let entries):
                cells.append(code(entries.map(\.text).joined(separator: "\n")))
            case .exercise(let exercise):
                var question = "**Exercise \(exercise.number).** \(exercise.question)"
                if !exercise.hints.isEmpty {
                    question += "\n\n<details><summary>Hint</summary>\n\n\(exercise.hints[0])\n\n</details>"
                }
                cells.append(markdown(question))
                cells.append(code(""))
            case .none:
                break
            }
        }
        let numbered = cells.enumerated().map { index, cell -> JSONValue in
            guard case .object(var fields) = cell else { return cell }
            fields["id"] = .string("chapter\(chapter)-cell\(index + 1)")
            return .object(fields)
        }
        let notebook: JSONValue = [
            "nbformat": 4,
            "nbformat_minor": 5,
            "metadata": [
                "kernelspec": ["name": .string(KernelSpec.name), "display_name": "Descent", "language": "descent"],
                "language_info": ["name": "descent", "file_extension": ".descent", "mimetype": "text/x-descent"],
            ],
            "cells": .array(numbered),
        ]
        return notebook.data
    }

    private func markdown(_ text: String) -> JSONValue {
        ["cell_type": "markdown", "metadata": [:], "source": .string(text)]
    }

    private func code(_ text: String) -> JSONValue {
        ["cell_type": "code", "metadata": [:], "source": .string(text), "execution_count": nil, "outputs": []]
    }
}
