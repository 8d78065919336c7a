// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Descent",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "descent", targets: ["descent"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        // The language: syntax, algebra, evaluation, printing. No terminal I/O.
        .target(name: "Language", dependencies: [.product(name: "BigInt", package: "BigInt")]),
        // Text plots and tables. Knows nothing of the language.
        .target(name: "Plotting"),
        // Optimizers and numeric experiments over plain functions of [Double].
        .target(name: "Optimization"),
        // The notebook kernel: sessions, cells, built-in functions, the output model and its text rendering.
        .target(name: "Kernel", dependencies: ["Language", "Plotting", "Optimization"]),
        // GitHub's cmark-gfm Markdown parser, linked from Debian's libcmark-gfm-dev.
        .systemLibrary(name: "CCMarkGFM", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // Markdown laid out for a terminal: wrapped words, styled runs, quotes, lists, tables.
        .target(name: "MarkdownText", dependencies: ["CCMarkGFM"]),
        // Lesson files, exercises checked by equivalence, progress. Lessons/*.md are embedded at build time.
        .target(
            name: "Lessons", dependencies: ["Kernel", "Language", "Optimization", "MarkdownText"], plugins: ["EmbedLessons"]),
        // The build-tool plugin that embeds Lessons/*.md, and the tool it runs.
        .plugin(name: "EmbedLessons", capability: .buildTool(), dependencies: ["LessonEmbedder"]),
        .executableTarget(name: "LessonEmbedder"),
        // GNU readline, linked from Debian's libreadline-dev.
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // The interactive REPL on a terminal.
        .target(name: "Terminal", dependencies: ["Kernel", "Lessons", "CReadline"]),
        // ZeroMQ, linked from Debian's libzmq3-dev, for the Jupyter kernel's sockets.
        .systemLibrary(name: "CZeroMQ", providers: [.apt(["libzmq3-dev"])]),
        // Descent as a Jupyter kernel: the messaging protocol over ZeroMQ, signed with HMAC-SHA256.
        .target(
            name: "Jupyter",
            dependencies: ["Kernel", "Plotting", "Lessons", "Terminal", "CZeroMQ", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The command line: thin glue.
        .executableTarget(
            name: "descent",
            dependencies: [
                "Language", "Kernel", "Lessons", "Terminal", "Jupyter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Speed figures for the README: compiled Adam against a hand-written loop.
        .executableTarget(name: "DescentBenchmark", dependencies: ["Kernel", "Language", "Optimization"]),
        // Mutated and random cells run under work budgets: the fuzz test and scripts/fuzz.
        .target(name: "Fuzzing", dependencies: ["Kernel", "Language", "Optimization"]),
        .executableTarget(name: "DescentFuzz", dependencies: ["Fuzzing"]),
        // What the test targets share: the built binary, child processes, a pseudo-terminal, golden files.
        .target(name: "DescentTestSupport", path: "Tests/DescentTestSupport"),
        .testTarget(name: "DescentTestSupportTests", dependencies: ["DescentTestSupport"]),
        .testTarget(
            name: "LanguageTests", dependencies: ["Language", "Optimization", .product(name: "BigInt", package: "BigInt")]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting", "DescentTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "OptimizationTests", dependencies: ["Optimization"]),
        .testTarget(name: "KernelTests", dependencies: ["Kernel", "Fuzzing"]),
        // Test targets that launch `descent` depend on it, so they never run a stale binary.
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "descent", "DescentTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "MarkdownTextTests", dependencies: ["MarkdownText", "Lessons"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "descent", "DescentTestSupport"]),
        .testTarget(name: "CommandLineTests", dependencies: ["descent", "DescentTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "JupyterTests", dependencies: ["Jupyter", "CZeroMQ", "descent", "DescentTestSupport"]),
    ]
)
