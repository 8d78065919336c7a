import ArgumentParser
import Foundation
import Jupyter
import Kernel
import Lessons

/// `descent kernel`: Descent as a Jupyter kernel. `-f FILE` serves the connection file
/// Jupyter wrote; `install` and `remove` manage the kernelspec Jupyter starts it from.
struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kernel",
        abstract: "Run Descent as a Jupyter kernel, or install or remove its kernelspec.",
        discussion: "Jupyter starts `descent kernel -f CONNECTION_FILE` itself once the kernelspec is installed.",
        subcommands: [KernelInstallCommand.self, KernelRemoveCommand.self]
    )

    @Option(name: .customShort("f"), help: ArgumentHelp("The connection file Jupyter wrote.", valueName: "file"))
    var connectionFile: String?

    /// Who the student is and which lessons a notebook's `:lesson N` opens; Jupyter starts
    /// the kernel with none of these, so they come from DESCENT_STUDENT, USER and DESCENT_LESSONS.
    @OptionGroup var lessonOptions: LessonOptions
    @OptionGroup var options: GlobalOptions

    mutating func run() throws {
        guard let connectionFile else {
            throw ValidationError("give the connection file with -f FILE (Jupyter does this), or use 'descent kernel install'")
        }
        let connection: ConnectionFile
        do throws(ConnectionFileError) {
            connection = try ConnectionFile.load(path: connectionFile)
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
        guard connection.key.isEmpty || connection.signatureScheme == "hmac-sha256" else {
            FileHandle.standardError.write(Data("error: signature scheme '\(connection.signatureScheme)' is not supported; Descent signs with hmac-sha256\n".utf8))
            throw ExitCode(2)
        }
        do throws(ZMQError) {
            let (lessons, warning) = lessonOptions.setup(global: options)
            if let warning { KernelLog.write(warning) }
            let server = try KernelServer(connection: connection, session: Session(settings: options.settings(outputIsTerminal: false)),
                                          lessons: lessons)
            _ = server.run()
        } catch {
            FileHandle.standardError.write(Data("error: cannot start the kernel: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// Where `install` and `remove` put the kernelspec, as `jupyter kernelspec install` has it.
struct KernelLocationOptions: ParsableArguments {
    @Flag(help: "The user's Jupyter data folder (the default).")
    var user = false

    @Flag(name: .customLong("sys-prefix"), help: "The active Python environment (a virtualenv or conda).")
    var sysPrefix = false

    @Option(help: ArgumentHelp("DIR/share/jupyter/kernels/descent.", valueName: "dir"))
    var prefix: String?

    func validate() throws {
        if [user, sysPrefix, prefix != nil].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --user, --sys-prefix and --prefix DIR")
        }
    }

    var location: KernelSpec.Location {
        if let prefix { return .prefix(prefix) }
        return sysPrefix ? .sysPrefix : .user
    }

    func directory() throws -> URL {
        do throws(KernelSpecError) {
            return try KernelSpec.directory(for: location)
        } catch {
            FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
    }
}

struct KernelInstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "install", abstract: "Install the Descent kernelspec for Jupyter.")

    @OptionGroup var location: KernelLocationOptions

    func run() throws {
        let directory = try location.directory()
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath().path
        do throws(KernelSpecError) {
            try KernelSpec(executable: executable).install(into: directory)
        } catch {
            FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
        print("Installed the Descent kernel in \(directory.path)")
    }
}

struct KernelRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove the Descent kernelspec.")

    @OptionGroup var location: KernelLocationOptions

    func run() throws {
        let directory = try location.directory()
        let removed: Bool
        do throws(KernelSpecError) {
            removed = try KernelSpec.remove(from: directory)
        } catch {
            FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
        guard removed else {
            FileHandle.standardError.write(Data("error: no Descent kernel is installed in \(directory.path)\n".utf8))
            throw ExitCode(1)
        }
        print("Removed the Descent kernel from \(directory.path)")
    }
}
