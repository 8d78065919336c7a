import Foundation
import Lessons

/// A chapter as an nbformat 4 notebook for JupyterLab: the title and prose as Markdown
/// cells, each block of cells as one code cell, and each exercise as a Markdown question
/// followed by a code cell `:answer K ` for the student to complete. The first code cell,
/// `:lesson N`, opens the chapter in the kernel so that answers are checked and recorded.
///
/// Questions and prose show the constants drawn with `seed`, the student's, as
/// `descent lesson N` would show them.
public struct LessonNotebook {
    public var lesson: Lesson
    public var chapter: Int
    public var seed: UInt64

    public init(lesson: Lesson, chapter: Int, seed: UInt64) {
        self.lesson = lesson
        self.chapter = chapter
        self.seed = seed
    }

    public var data: Data {
        var cells: [JSONValue] = [
            markdown("# Chapter \(chapter): \(lesson.title)\n\n" + Self.guide),
            code(":lesson \(chapter)"),
        ]
        let shared = ExerciseInstance.lessonConstants(lesson.constants, lessonID: lesson.id, seed: seed)
        for step in lesson.steps {
            let prose = ExerciseInstance.fill(step.prose, constants: shared).trimmingCharacters(in: .whitespacesAndNewlines)
            if !prose.isEmpty { cells.append(markdown(prose)) }
            switch step.content {
            case .cells(let entries):
                cells.append(code(entries.map(\.text).joined(separator: "\n")))
            case .exercise(let exercise):
                let instance = ExerciseInstance(exercise: exercise, lessonID: lesson.id, seed: seed, shared: lesson.constants)
                cells.append(markdown(question(instance)))
                cells.append(code(":answer \(exercise.number) "))
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

    /// Why an exam is not taken in a notebook: its cells can be edited and run in any order,
    /// so diff, grad and the rest cannot be turned off during its exercises.
    public static func examRefusal(_ chapter: Int) -> String {
        "Chapter \(chapter) is an exam. Take it in a terminal with `descent lesson \(chapter)`, where diff, grad, hessian, "
            + "taylor, simplify and eval are off during its exercises; a notebook cannot turn them off."
    }

    /// How to work through the notebook, under the title.
    static let guide = """
        Run the cells in order (Shift+Enter). Answer each exercise in the cell below it: \
        complete `:answer K` with your answer, such as `:answer 3 2x`, and run the cell. \
        Answers are checked as in `descent lesson`, with three tries each, and recorded in \
        your attempt log; `:hint K` gives a hint and `:skip K` shows the answer.
        """

    /// The question with this student's constants, and a choice's options one a line.
    /// Hints stay in the kernel (`:hint K`), so that the log counts them as at the terminal.
    private func question(_ instance: ExerciseInstance) -> String {
        let heading = "**Exercise \(instance.exercise.number).** "
        guard case .choice = instance.exercise.kind else { return heading + instance.question }
        let lines = instance.question.split(separator: "\n", omittingEmptySubsequences: false)
        let count = instance.choiceOrder.count
        let options = lines.suffix(count).map { "- " + $0.trimmingCharacters(in: .whitespaces) }
        return heading + lines.dropLast(count).joined(separator: "\n") + "\n\n" + options.joined(separator: "\n")
    }

    private func markdown(_ text: String) -> JSONValue {
        ["cell_type": "markdown", "metadata": [:], "source": .string(text)]
    }

    private func code(_ text: String) -> JSONValue {
        ["cell_type": "code", "metadata": [:], "source": .string(text), "execution_count": nil, "outputs": []]
    }
}
