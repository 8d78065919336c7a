import Lessons
import Testing

@testable import descent

/// `--seed` is an ordinary option: parsed by ArgumentParser wherever the arguments come from.
@Suite struct SeedOptionTests {
    @Test(arguments: [["lesson", "1", "--seed", "7"], ["lesson", "--seed=7", "1"]])
    func aGivenSeedDrawsTheExercises(arguments: [String]) throws {
        let command = try #require(try Descent.parseAsRoot(arguments) as? LessonStartCommand)
        #expect(command.lessonOptions.seed(for: "ann", global: command.options) == 7)
    }

    @Test func withoutASeedTheStudentsNameDrawsTheExercises() throws {
        let command = try #require(try Descent.parseAsRoot(["lesson", "1"]) as? LessonStartCommand)
        #expect(command.lessonOptions.seed(for: "ann", global: command.options) == SeededGenerator.stableHash("ann"))
        #expect(command.options.seed == 1)
    }
}
