import Foundation
import Kernel
import Lessons
import DescentTestSupport
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
        #expect(list[1]["execution_count"] == 1, "a cell of two lines is numbered once")
        #expect(list[2]["execution_count"] == 2)
        guard case .array(let plotOutputs)? = list[2]["outputs"] else { Issue.record("no plot outputs"); return }
        #expect(plotOutputs.first?["output_type"] == "display_data")
        #expect(plotOutputs.first?["data"]?["image/svg+xml"]?.string?.hasPrefix("<svg") == true)
        guard case .array(let errorOutputs)? = list[3]["outputs"] else { Issue.record("no error outputs"); return }
        #expect(errorOutputs.first?["output_type"] == "error")
    }

    @Test func somethingThatIsNotANotebookIsRefused() {
        #expect(throws: NotebookError.notANotebook) { try NotebookRunner(session: Session()).run(Data("[1, 2]".utf8)) }
    }

    @Test func aChapterBecomesMarkdownAndCodeCellsWithAnAnswerCellPerExercise() throws {
        let lesson = try LessonCatalog.builtin.lesson(chapter: 1)
        let notebook = try #require(JSONValue.parse(LessonNotebook(lesson: lesson, chapter: 1, seed: 7).data))
        #expect(notebook["nbformat"] == 4)
        #expect(notebook["metadata"]?["kernelspec"]?["name"] == "descent")
        guard case .array(let cells)? = notebook["cells"] else { Issue.record("no cells"); return }
        #expect(cells.first?["source"]?.string?.hasPrefix("# Chapter 1: \(lesson.title)\n") == true)
        let codeCells = cells.filter { $0["cell_type"] == "code" }.compactMap { $0["source"]?.string }
        let blocks = lesson.steps.filter { if case .cells = $0.content { true } else { false } }
        #expect(codeCells.count == 1 + blocks.count + lesson.exercises.count)
        #expect(codeCells.first == ":lesson 1")
        #expect(codeCells.filter { $0.hasPrefix(":answer ") } == lesson.exercises.map { ":answer \($0.number) " })
        #expect(Set(cells.compactMap { $0["id"]?.string }).count == cells.count)
    }

    @Test func questionsShowTheStudentsConstantsAndChoicesAsAList() throws {
        let lesson = try LessonCatalog.builtin.lesson(chapter: 1)
        let data = LessonNotebook(lesson: lesson, chapter: 1, seed: 7).data
        let notebook = try #require(JSONValue.parse(data))
        guard case .array(let cells)? = notebook["cells"] else { Issue.record("no cells"); return }
        let questions = cells.compactMap { $0["source"]?.string }.filter { $0.hasPrefix("**Exercise ") }
        #expect(questions.count == lesson.exercises.count)
        #expect(!questions.contains { $0.contains("{") })
        let chain = try #require(lesson.exercises.first { $0.id == "chain-sine" })
        let a = try #require(ExerciseInstance(exercise: chain, lessonID: lesson.id, seed: 7).constants["a"])
        #expect(questions.contains("**Exercise \(chain.number).** What is the derivative of sin(\(Int(a))·x) with respect to x?"))
        let choice = try #require(questions.first { $0.contains("\n- a) ") })
        #expect(choice.contains("\n- b) "))
    }

    /// A student's notebook, answered and run: the kernel's handler checks each `:answer`,
    /// appends to the student's log, and `descent grade`'s marking agrees.
    @Test func answersInANotebookAreCheckedLoggedAndGraded() throws {
        let folder = try TemporaryDirectory()
        let store = RecordStore(directory: folder.url)
        let catalog = LessonCatalog.builtin
        let setup = LessonSetup(catalog: catalog, store: store, student: "alice", seed: SeededGenerator.stableHash("alice"))
        let lesson = try catalog.lesson(chapter: 1)
        let chain = try #require(lesson.exercises.first { $0.id == "chain-sine" })
        let a = try #require(ExerciseInstance(exercise: chain, lessonID: lesson.id, seed: setup.seed).constants["a"])
        let notebook: JSONValue = [
            "nbformat": 4, "nbformat_minor": 5, "metadata": [:],
            "cells": .array([":lesson 1", ":answer \(chain.number) sin(\(Int(a))x)", ":answer \(chain.number) \(Int(a))cos(\(Int(a))x)",
                             ":answer \(chain.number) 1"].map { source in
                ["cell_type": "code", "source": .string(source), "metadata": [:], "outputs": [], "execution_count": nil]
            }),
        ]
        let (data, failures) = try NotebookRunner(session: Session(), lessons: setup).run(notebook.data)
        #expect(failures == 0)
        guard case .array(let cells)? = JSONValue.parse(data)?["cells"] else { Issue.record("no cells"); return }
        func printed(_ index: Int) -> String {
            guard case .array(let outputs)? = cells[index]["outputs"] else { return "" }
            return outputs.compactMap { $0["text"]?.string }.joined()
        }
        #expect(printed(0).contains("Answers are recorded for alice"))
        #expect(printed(1).contains("✗ "))
        #expect(printed(1).contains("2 tries left; :hint \(chain.number) for a hint, :skip \(chain.number) to see the answer."))
        #expect(printed(2).hasSuffix("✓ Correct.\n"))
        #expect(printed(3).contains("Exercise \(chain.number) is closed: you answered it correctly."))
        let events = store.log(for: "alice").read().events
        #expect(events.filter { $0.event == .answer }.map(\.answer) == ["sin(\(Int(a))x)", "\(Int(a))cos(\(Int(a))x)"])
        let book = Gradebook(catalog: catalog, events: events)
        #expect(book.students.first?[lesson: lesson.id][exercise: chain.id] == ExerciseRecord(tries: 2, outcome: .correct))
    }

    @Test(arguments: [
        ("/home/ann/.local/share/descent/logs/ann.jsonl", "/home/ann", "~/.local/share/descent/logs/ann.jsonl"),
        ("/home/ann2/logs/a.jsonl", "/home/ann", "/home/ann2/logs/a.jsonl"),
        ("/data/logs/a.jsonl", "/", "/data/logs/a.jsonl"),
    ])
    func theLogsPathIsShownFromTheHomeFolder(path: String, home: String, shown: String) {
        #expect(NotebookLessons.shortened(path, home: home) == shown)
    }

    @Test func withoutAnOpenChapterAnAnswerSaysWhatToRunFirst() throws {
        let folder = try TemporaryDirectory()
        let setup = LessonSetup(catalog: .builtin, store: RecordStore(directory: folder.url), student: "bob", seed: 1)
        let notebook: JSONValue = [
            "nbformat": 4, "nbformat_minor": 5, "metadata": [:],
            "cells": [["cell_type": "code", "source": ":answer 1 2x", "metadata": [:], "outputs": [], "execution_count": nil]],
        ]
        let (data, _) = try NotebookRunner(session: Session(), lessons: setup).run(notebook.data)
        guard case .array(let cells)? = JSONValue.parse(data)?["cells"], case .array(let outputs)? = cells.first?["outputs"] else {
            Issue.record("no outputs"); return
        }
        #expect(outputs.first?["text"]?.string == "No chapter is open: run the notebook's first cell, `:lesson N`, then :answer K ANSWER, such as :answer 3 2x.\n")
        #expect(!FileManager.default.fileExists(atPath: setup.log.file.path))
    }
}
