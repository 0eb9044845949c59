import ArgumentParser
import ChronicleKit

/// `chronicle build`: the main job, writing the three standard outputs to a folder.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the chronology and write chronology.csv, chronology.graphml and briefing.txt.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output folder (created if missing).")
    var out = "Exports"

    @Option(name: .long, help: "Mustache template for the briefing (default: the built-in briefing.txt.mustache).")
    var template: String?

    @Option(name: .long, help: "Title of the briefing.")
    var title = "Chronicle briefing"

    func run() throws {
        let briefing =
            try template.map { try BriefingExporter(templatePath: $0, title: title) } ?? BriefingExporter(title: title)
        let watchers = Interruption.cleanUp(folders: [out])
        defer { watchers.forEach { $0.cancel() } }
        try OutputFolder.create(out)
        let (chronology, report) = try input.runPipeline()
        let protected = input.protectedPaths
        let outputs: [(String, any ChronologyExporter)] = [
            ("chronology.csv", CSVExporter()),
            ("chronology.graphml", GraphMLExporter(title: title, threads: input.cores)),
            ("briefing.txt", briefing),
        ]
        // Written side by side, straight to disk, and renamed into place all three or none, so a full
        // disk leaves the previous outputs whole.
        let exportStarted = ContinuousClock.now
        try AtomicFile.write(
            outputs.map { name, exporter in
                (
                    out + "/" + name,
                    { @Sendable (output: inout FileOutput) in try exporter.export(chronology, to: &output) }
                )
            }, protecting: protected)
        if input.verbose {
            Diagnostics.note(
                "time: read and analyze \(Self.seconds(report.analysisTime)), merge \(Self.seconds(report.buildTime)), write \(Self.seconds(.now - exportStarted))"
            )
        }
        if !input.quiet {
            Diagnostics.note(
                "\(report.documentCount) documents, \(chronology.events.count) events, \(chronology.entities.count) entities -> \(out)/"
            )
        }
        if !report.errors.isEmpty {
            Diagnostics.error("\(report.errors.count) input(s) could not be read; the others were exported")
            throw ExitCode(1)
        }
    }

    /// `1.23 s`.
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let hundredths = Int(seconds) * 100 + Int(attoseconds / 10_000_000_000_000_000)
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) s"
    }
}
