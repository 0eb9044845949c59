import ArgumentParser
import ChronicleKit
import Foundation

/// `chronicle timeml`: annotate TimeML documents with Chronicle's TIMEX3 tags for scoring.
struct TimeMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeml",
        abstract: "Tag TimeML files (.tml) with TIMEX3 expressions; writes same-named files to --out.",
        discussion: """
            The creation time comes from <DCT>; the <TEXT> content keeps its text byte for byte (entities \
            as written) with its old tags replaced by Chronicle's. Score with a TempEval-3 scorer, e.g. \
            timex-score GOLD_DIR OUT_DIR.
            """)

    @Argument(help: "TimeML files or folders.")
    var inputs: [String]

    @Option(name: .long, help: "Output folder (created if missing).")
    var out: String

    @Option(
        name: .long,
        help: ArgumentHelp("Day that anchors relative dates in files without a <DCT>.", valueName: "YYYY-MM-DD"))
    var referenceDate: CalendarDate?

    func run() throws {
        let (files, errors) = InputCollector().collect(inputs)
        var failures = errors.count
        for error in errors { Diagnostics.error(error.description) }
        let timeML = files.filter { $0.format == .timeML }
        let lock = try OutputFolder.prepare(
            out, for: timeML.map { ($0.path as NSString).lastPathComponent }, quiet: false)
        let interruption = Interruption(folders: [out])
        defer { interruption.cancel() }
        let protected = Set(files.map { AtomicFile.canonicalPath($0.path) })
        let annotator = TimeMLAnnotator()
        for file in timeML {
            do {
                let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path)))
                let annotated = try annotator.annotate(
                    bytes: bytes, path: file.path, referenceDate: referenceDate)
                let path = out + "/" + (file.path as NSString).lastPathComponent
                try interruption.switchOutputs { checkpoint in
                    try AtomicFile.write(
                        [(path, { @Sendable (output: inout FileOutput) in output.write(annotated) })],
                        protecting: protected, lock: lock, checkpoint: checkpoint)
                }
            } catch {
                failures += 1
                Diagnostics.error("\(error)")
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
