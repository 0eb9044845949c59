import ArgumentParser
import ChronicleKit
import Foundation

/// `chronicle read`: each document as Chronicle read it, one JSON object per line, so a user can see what
/// was taken from a page (and feed the lines back to `build`).
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Print each document as Chronicle read it: one {\"id\",\"date\",\"title\",\"publisher\",\"text\"} per line.",
        discussion: "The lines are Chronicle's .jsonl input format: save them as FILE.jsonl to build from them.")

    @Argument(help: "Files, folders or - (standard input) to read.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Output file (stdout when absent or -).")
    var output: String?

    @OptionGroup var limits: ReadLimits

    @Flag(name: .long, help: "Print nothing on stderr but errors.")
    var quiet = false

    /// Thrown at the switch when nothing was read, so that an earlier file stays as it was.
    private struct NothingRead: Error {}

    /// The documents' lines and the inputs that failed, gathered while the output is written.
    private final class Outcome: @unchecked Sendable {
        var errors: [IngestError] = []
        var notes: [IngestNote] = []
        var count = 0
    }

    func run() throws {
        let file = output.flatMap { $0 == "-" ? nil : $0 }
        let lock = try file.map { try OutputFolder.prepare(file: $0, quiet: quiet) }
        let interruption = Interruption(folders: lock.map { [$0.folder] } ?? [])
        defer { interruption.cancel() }
        let (files, collectErrors) = InputCollector().collect(inputs)
        let reader = DocumentReader(options: limits.readerOptions)
        let outcome = Outcome()
        outcome.errors = collectErrors
        let write = { @Sendable (stream: inout FileOutput) in
            for input in files {
                reader.read(input) { result in
                    switch result {
                    case .success(let document):
                        if let note = IngestNote.decoded(document) { outcome.notes.append(note) }
                        stream.write(document.jsonLine)
                        outcome.count += 1
                    case .failure(let error): outcome.errors.append(error)
                    }
                }
            }
        }
        if let file {
            let protected = Set(files.filter { !$0.isStandardInput }.map { AtomicFile.canonicalPath($0.path) })
            // Read first into a temporary, so a run that reads nothing leaves an earlier file as it was.
            do {
                try interruption.switchOutputs { checkpoint in
                    try AtomicFile.write(
                        [(file, write)], protecting: protected, lock: lock,
                        checkpoint: { index in
                            if outcome.count == 0 { throw NothingRead() }
                            try checkpoint(index)
                        })
                }
            } catch is NothingRead {
                // Reported below with the inputs' errors.
            }
        } else {
            try StandardOutput.stream { write(&$0) }
        }
        if !quiet { for note in outcome.notes { Diagnostics.note(note.description) } }
        for error in outcome.errors { Diagnostics.error(error.description) }
        if outcome.count == 0 { Diagnostics.error("no document could be read") }
        if !outcome.errors.isEmpty || outcome.count == 0 { throw ExitCode(1) }
    }
}
