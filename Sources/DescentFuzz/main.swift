// descent-fuzz: runs mutated and random cells through a session and reports findings.
//
//     descent-fuzz [--cells N] [--seed S] [--root DIR] [--out DIR]
//
// Before each cell it writes the cell to OUT/last-cell.txt, so that when a cell crashes
// the process, scripts/fuzz can save it; findings go to OUT/findings.txt. It prints the
// cells run, the cells per second and the findings, and exits 1 when there were any.
import Foundation
import Fuzzing

struct Options {
    var cells = 10_000
    var seed: UInt64 = 1
    var root = FileManager.default.currentDirectoryPath
    var out = "fuzz-findings"

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let flag = iterator.next() {
            let value = iterator.next() ?? ""
            switch flag {
            case "--cells": cells = Int(value) ?? cells
            case "--seed": seed = UInt64(value) ?? seed
            case "--root": root = value
            case "--out": out = value
            default:
                FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8))
                exit(2)
            }
        }
    }
}

/// The last cell started, kept in a file that is rewritten in place for every cell.
struct LastCellFile {
    let descriptor: Int32

    init(path: String) {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    }

    func record(_ cell: String) {
        let bytes = Array(cell.utf8)
        _ = ftruncate(descriptor, 0)
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }
}

let options = Options(CommandLine.arguments)
try? FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
let lastCell = LastCellFile(path: options.out + "/last-cell.txt")
var mutator = CellMutator(seed: options.seed, corpus: FuzzCorpus.load(root: URL(fileURLWithPath: options.root)))
let session = FuzzSession()
var findings: [FuzzFinding] = []
let start = Date()
for _ in 0..<options.cells {
    let cell = mutator.next()
    lastCell.record(cell)
    if let finding = session.run(cell) {
        findings.append(finding)
        print("finding: \(finding)")
    }
}
let seconds = Date().timeIntervalSince(start)
lastCell.record("")
if !findings.isEmpty {
    let path = options.out + "/findings.txt"
    if !FileManager.default.fileExists(atPath: path) {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
    }
    if let handle = FileHandle(forWritingAtPath: path) {
        handle.seekToEndOfFile()
        handle.write(Data((findings.map(\.description).joined(separator: "\n") + "\n").utf8))
    }
}
print("seed \(options.seed): \(options.cells) cells in \(String(format: "%.1f", seconds)) s, \(String(format: "%.0f", Double(options.cells) / max(seconds, 1e-9))) cells/s, \(findings.count) findings")
exit(findings.isEmpty ? 0 : 1)
