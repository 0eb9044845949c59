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
        subcommands: [Build.self, Export.self, Read.self, Formats.self, TimeMLCommand.self, NERCommand.self]
    )

    /// Runs the command. A write over the file size limit then fails with an error that is reported,
    /// instead of a signal that would end the process without a word. Error messages reach the terminal
    /// with their control characters escaped (a file name can hold any).
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        MemoryReturn.configure()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            // The program's own errors (an output that cannot be written) read like its other messages.
            guard String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") else {
                Diagnostics.error("\(error)")
                Foundation.exit(1)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty {
                let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
                FileHandle.standardError.write(
                    Data((lines.map { String($0).withVisibleControls }.joined(separator: "\n") + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
