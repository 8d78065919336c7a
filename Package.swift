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
        // Lesson files, exercises checked by equivalence, progress.
        .target(name: "Lessons", dependencies: ["Kernel", "Language"]),
        // GNU readline, linked from Debian's libreadline-dev.
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // The interactive REPL on a terminal.
        .target(name: "Terminal", dependencies: ["Kernel", "Lessons", "CReadline"]),
        // The command line: thin glue.
        .executableTarget(
            name: "descent",
            dependencies: [
                "Language", "Kernel", "Lessons", "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Speed figures for the README: compiled Adam against a hand-written loop.
        .executableTarget(name: "DescentBenchmark", dependencies: ["Kernel", "Language", "Optimization"]),
        .testTarget(name: "LanguageTests", dependencies: ["Language", .product(name: "BigInt", package: "BigInt")]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"], exclude: ["Golden"]),
        .testTarget(name: "OptimizationTests", dependencies: ["Optimization"]),
        .testTarget(name: "KernelTests", dependencies: ["Kernel"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons"], exclude: ["Golden"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
        .testTarget(name: "CommandLineTests", dependencies: ["descent"]),
    ]
)
