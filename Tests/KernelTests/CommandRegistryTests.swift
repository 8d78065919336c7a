import Kernel
import Language
import Testing

@Suite struct CommandRegistryTests {
    @Test(arguments: Session.commands.commands.map(\.name))
    func everyCommandIsListedByHelpAndDescribedByHelpName(_ name: String) throws {
        let session = Session()
        let command = try #require(Session.commands[name])
        #expect(session.help("").contains(command.usage))
        #expect(session.help(":" + name) == "\(command.usage)\n  \(command.summary)")
    }

    @Test func theSessionCarriesOutItsOwnCommandsAndHandsTheRestToTheFrontEnd() {
        let session = Session()
        let vars = session.execute(":vars")
        #expect(vars.command == nil)
        #expect(vars.output != nil)
        let save = session.execute(":save out.txt")
        #expect(save.command?.name == "save")
        #expect(save.command?.argument == "out.txt")
        #expect(session.command("save", "out.txt") == nil)
    }

    @Test func settingsChangeThroughTheSetCommand() throws {
        let session = Session()
        let result = try #require(session.command("set", "width 100"))
        #expect(!result.failed)
        #expect(result.changedSetting)
        #expect(session.settings.width == 100)
        let refused = try #require(session.command("set", "width 5"))
        #expect(refused.failed)
        #expect(session.settings.width == 100)
    }

    @Test(arguments: [("hlep", "unknown command ':hlep' (did you mean ':help'?)"),
                      ("sav", "unknown command ':sav' (did you mean ':save'?)"),
                      ("zzzzzz", "unknown command ':zzzzzz'")])
    func anUnknownCommandIsNamedWithTheNearestKnownOne(_ name: String, _ message: String) {
        #expect(Session.commands.unknown(name) == message)
    }

    @Test(arguments: [(":help diff", "help", "diff"), ("  :set   width 90 ", "set", "width 90"), (":quit", "quit", "")])
    func aCommandLineIsSplitInOnePlace(_ text: String, _ name: String, _ argument: String) throws {
        let command = try #require(Cell.command(in: text))
        #expect(command.name == name)
        #expect(command.argument == argument)
        #expect(Cell.command(in: "a = 1") == nil)
    }
}
