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

    /// The three files `build` writes, in the order they are switched into place.
    static let fileNames = ["chronology.csv", "chronology.graphml", "briefing.txt"]

    func run() throws {
        // Everything that can be checked before the analysis is: the alias file, the template, the folder.
        let options = try input.pipelineOptions()
        let briefing = try BriefingTemplate.exporter(path: template, title: title)
        let interruption = Interruption(folders: [out])
        defer { interruption.cancel() }
        let lock = try OutputFolder.prepare(out, for: Self.fileNames, quiet: input.quiet)
        let (chronology, report) = try input.runPipeline(options)
        let exporters: [any ChronologyExporter] = [
            CSVExporter(), GraphMLExporter(title: title, threads: input.cores), briefing,
        ]
        let files = zip(Self.fileNames, exporters).map { name, exporter in
            (
                path: out + "/" + name,
                content: { @Sendable (output: inout FileOutput) in try exporter.export(chronology, to: &output) }
                    as AtomicFile.Content
            )
        }
        // Written side by side, straight to disk, and switched into place all three or none.
        let exportStarted = ContinuousClock.now
        let protected = input.protectedPaths
        try interruption.switchOutputs { checkpoint in
            try AtomicFile.write(files, protecting: protected, lock: lock, checkpoint: checkpoint)
        }
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
