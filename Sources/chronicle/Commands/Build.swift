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
        // Everything that can be checked before the analysis is: the alias file, the template, the folder.
        let options = try input.pipelineOptions()
        let briefing = try BriefingTemplate.exporter(path: template, title: title)
        let interruption = Interruption(folders: [out])
        defer { interruption.cancel() }
        let formats = ExportFormat.built
        let lock = try OutputFolder.prepare(out, for: formats.map(\.fileName), quiet: input.quiet)
        let progress = ProgressLine.make(quiet: input.quiet)
        let (chronology, report) = try input.runPipeline(options, progress: progress)
        var settings = ExportFormat.Settings()
        settings.title = title
        settings.briefing = briefing
        settings.threads = input.cores
        let files = formats.map { format in
            let exporter = format.exporter(settings)
            return (
                path: out + "/" + format.fileName,
                content: { @Sendable (output: inout FileOutput) in try exporter.export(chronology, to: &output) }
                    as AtomicFile.Content
            )
        }
        // Written side by side, straight to disk, and switched into place all three or none.
        let exportStarted = ContinuousClock.now
        let protected = input.protectedPaths
        progress?.writing(formats.map(\.fileName).joined(separator: ", "))
        try interruption.switchOutputs { checkpoint in
            try AtomicFile.write(files, protecting: protected, lock: lock, checkpoint: checkpoint)
        }
        if input.verbose {
            Diagnostics.note(
                "time: read and analyze \(Self.seconds(report.analysisTime)), merge \(Self.seconds(report.buildTime)), write \(Self.seconds(.now - exportStarted))"
            )
        }
        let counts =
            "\(report.documentCount) documents, \(chronology.events.count) events, \(chronology.entities.count) entities"
        if let progress {
            progress.finish("\(counts) -> \(out)/")
        } else if !input.quiet {
            Diagnostics.note("\(counts) -> \(out)/")
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
