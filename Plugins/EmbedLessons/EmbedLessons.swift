import Foundation
import PackagePlugin

/// Embeds the chapters in the package's `Lessons/` folder into the target that uses it, as
/// `BuiltinLessons.files`, so an installed `descent` carries them and `Lessons/` stays the one source.
///
/// The folder and every lesson file in it are inputs of the build command: editing a lesson
/// changes a file, adding or removing one changes the folder, and either embeds them again.
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Lessons")
        let lessons = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }
            .map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinLessons.swift")
        return [
            .buildCommand(
                displayName: "Embedding the lessons in \(folder.path)",
                executable: try context.tool(named: "LessonEmbedder").url,
                arguments: [output.path, folder.path],
                inputFiles: [folder] + lessons,
                outputFiles: [output]
            )
        ]
    }
}
