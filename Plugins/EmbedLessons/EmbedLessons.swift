import Foundation
import PackagePlugin

/// Embeds the chapters in the package's `Lessons/` folder into the target that uses it, as
/// `BuiltinLessons.files`, so an installed `descent` carries them and `Lessons/` stays the one source.
///
/// Every lesson file is an input of the build command, so editing one rebuilds the target; the
/// plugin itself runs at every build, so a chapter added or removed is picked up too.
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Lessons")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }
            .sorted()
        let lessons = names.map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinLessons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(lessons.count) lessons from \(folder.path)",
                executable: try context.tool(named: "LessonEmbedder").url,
                arguments: [output.path] + lessons.map(\.path),
                inputFiles: lessons,
                outputFiles: [output]
            )
        ]
    }
}
