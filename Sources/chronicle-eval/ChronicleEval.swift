import ArgumentParser

/// `chronicle-eval`: prints the quality and speed figures the issues ask for.
@main
struct ChronicleEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle-eval",
        abstract: "Measure Chronicle: time expressions against TempEval-3, and tagger speed.",
        subcommands: [
            TimexEvaluation.self, TaggerSpeed.self, NERTraining.self, NEREvaluation.self, EventEvaluation.self,
        ]
    )
}
