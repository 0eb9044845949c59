import ArgumentParser
import ChronicleKit
import Foundation

/// `chronicle export FORMAT`: one format to a file or stdout.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the chronology in one format to a file or stdout.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, graphml, briefing, json, timelinejs, timelinejsJSON = "timelinejs-json", timesketch, gexf
    }

    @Argument(help: "Output format: csv, graphml, briefing, json, timelinejs, timelinejs-json, timesketch or gexf.")
    var format: Format

    @Flag(name: .long, help: "GraphML in yEd's flavour (labels, shapes and colours show in yEd without mapping).")
    var yed = false

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output file (stdout when absent or -).")
    var output: String?

    @Option(name: .long, help: "Mustache template for the briefing.")
    var template: String?

    @Flag(name: .long, help: "CSV for Excel: start with a UTF-8 byte-order mark.")
    var excel = false

    func run() throws {
        let options = try input.pipelineOptions()
        let exporter: any ChronologyExporter
        switch format {
        case .csv: exporter = CSVExporter(byteOrderMark: excel)
        case .graphml: exporter = GraphMLExporter(yEd: yed, threads: input.cores)
        case .briefing: exporter = try BriefingTemplate.exporter(path: template)
        case .json: exporter = JSONExporter()
        case .timelinejs: exporter = TimelineJSExporter(format: .spreadsheet)
        case .timelinejsJSON: exporter = TimelineJSExporter(format: .json)
        case .timesketch: exporter = TimesketchExporter()
        case .gexf: exporter = GEXFExporter()
        }
        let file = output.flatMap { $0 == "-" ? nil : $0 }
        let lock = try file.map { try OutputFolder.prepare(file: $0, quiet: input.quiet) }
        let interruption = Interruption(folders: lock.map { [$0.folder] } ?? [])
        defer { interruption.cancel() }
        let (chronology, report) = try input.runPipeline(options)
        if format == .timesketch || format == .timelinejs || format == .timelinejsJSON, !input.quiet {
            let undated = TimesketchExporter.undatedCount(chronology)
            if undated > 0 { Diagnostics.note("\(undated) undated event(s) left out (this format needs a date)") }
        }
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
        if !report.errors.isEmpty { throw ExitCode(1) }
    }
}
