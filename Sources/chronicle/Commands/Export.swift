import ArgumentParser
import ChronicleKit
import Foundation

/// `chronicle export FORMAT`: one format to a file or stdout.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the chronology in one format to a file or stdout.",
        discussion: "Formats (`chronicle formats` lists them with their files and options):\n"
            + ExportFormat.all.map { "  \($0.name): \($0.summary)" }.joined(separator: "\n"))

    @Argument(
        help: ArgumentHelp(
            "Output format: \(ExportFormat.all.map(\.name).joined(separator: ", ")).", valueName: "format"))
    var formatName: String

    @Flag(name: .long, help: "GraphML in yEd's flavour (labels, shapes and colours show in yEd without mapping).")
    var yed = false

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output file (stdout when absent or -).")
    var output: String?

    @Option(name: .long, help: "Mustache template for the briefing.")
    var template: String?

    @Flag(name: .long, help: "CSV for Excel: start with a UTF-8 byte-order mark.")
    var excel = false

    @Option(name: .long, help: "TimelineJS groups: by the main actor (actor) or by the event word (type).")
    var group: TimelineJSExporter.Grouping?

    /// The output file, when not stdout.
    private var file: String? { output.flatMap { $0 == "-" ? nil : $0 } }

    /// The format asked for, as the output file's name may refine it (a `.jsonl` Timesketch file).
    private var format: ExportFormat {
        let named = ExportFormat.named(formatName)!
        return file.map { named.fitting(path: $0) } ?? named
    }

    func validate() throws {
        guard let named = ExportFormat.named(formatName) else {
            throw ValidationError(
                "unknown format '\(formatName)'; use one of \(ExportFormat.all.map(\.name).joined(separator: ", "))")
        }
        let given: [(ExportFormat.Option, Bool)] = [
            (.excel, excel), (.yed, yed), (.template, template != nil), (.group, group != nil),
        ]
        for (option, isGiven) in given where isGiven && !named.options.contains(option) {
            let formats = ExportFormat.all.filter { $0.options.contains(option) }.map(\.name)
            throw ValidationError(
                "--\(option.rawValue) does not apply to \(named.name); it applies to \(formats.joined(separator: ", "))"
            )
        }
    }

    func run() throws {
        let options = try input.pipelineOptions()
        let format = self.format
        var settings = ExportFormat.Settings()
        settings.excel = excel
        settings.yEd = yed
        settings.grouping = group ?? .actor
        settings.threads = input.cores
        if template != nil { settings.briefing = try BriefingTemplate.exporter(path: template) }
        let exporter = format.exporter(settings)
        let file = self.file
        let lock = try file.map { try OutputFolder.prepare(file: $0, quiet: input.quiet) }
        let interruption = Interruption(folders: lock.map { [$0.folder] } ?? [])
        defer { interruption.cancel() }
        let progress = ProgressLine.make(quiet: input.quiet)
        let (chronology, report) = try input.runPipeline(options, progress: progress)
        if format.dropsUndated, !input.quiet {
            let undated = TimesketchExporter.undatedCount(chronology)
            if undated > 0 {
                progress?.finish()
                Diagnostics.note("\(undated) undated event(s) left out (this format needs a date)")
            }
        }
        progress?.writing(file ?? "standard output")
        if let file {
            let protected = input.protectedPaths
            try interruption.switchOutputs { checkpoint in
                try AtomicFile.write(
                    [(file, { @Sendable (stream: inout FileOutput) in try exporter.export(chronology, to: &stream) })],
                    protecting: protected, lock: lock, checkpoint: checkpoint)
            }
        } else {
            try StandardOutput.stream { try exporter.export(chronology, to: &$0) }
        }
        progress?.finish(
            "\(report.documentCount) documents, \(chronology.events.count) events -> \(file ?? "standard output")")
        if !report.errors.isEmpty { throw ExitCode(1) }
    }
}

extension TimelineJSExporter.Grouping: ExpressibleByArgument {}
