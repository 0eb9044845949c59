import ArgumentParser
import ChronicleKit
import Foundation

/// The `chronicle` command: turns news documents into a dated event chronology.
@main
struct Chronicle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Turn news and OSINT documents into a dated event chronology (CSV, GraphML, briefing).",
        discussion: """
            Inputs are .txt, .html, .tml/.xml (TimeML) and .jsonl files, folders (read recursively) or - for \
            standard input. Results go to files or stdout; diagnostics go to stderr.
            """,
        version: ChronicleVersion.current,
        subcommands: [Build.self, Export.self, TimeMLCommand.self, NERCommand.self]
    )

    /// Runs the command. A write over the file size limit then fails with an error that is reported,
    /// instead of a signal that would end the process without a word.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        MemoryReturn.configure()
        main(nil)
    }
}
