import ArgumentParser
import ChronicleKit
import Foundation

/// `chronicle export FORMAT`: one format to a file or stdout.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the chronology in one format to a file or stdout.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, graphml, briefing, json
    }

    @Argument(help: "Output format: csv, graphml, briefing or json.")
    var format: Format

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output file (stdout when absent or -).")
    var output: String?

    @Option(name: .long, help: "Mustache template for the briefing.")
    var template: String?

    @Flag(name: .long, help: "CSV for Excel: start with a UTF-8 byte-order mark.")
    var excel = false

    func run() throws {
        let exporter: any ChronologyExporter
        switch format {
        case .csv: exporter = CSVExporter(byteOrderMark: excel)
        case .graphml: exporter = GraphMLExporter()
        case .briefing: exporter = try template.map { try BriefingExporter(templatePath: $0) } ?? BriefingExporter()
        case .json: exporter = JSONExporter()
        }
        let folder = output.map { ($0 as NSString).deletingLastPathComponent }.map { $0.isEmpty ? "." : $0 }
        let watchers = Interruption.cleanUp(folders: folder.map { [$0] } ?? [])
        defer { watchers.forEach { $0.cancel() } }
        let (chronology, report) = try input.runPipeline()
        let text = try exporter.render(chronology)
        if let output, output != "-" {
            try AtomicFile.write(text, to: output, protecting: input.protectedPaths)
        } else {
            print(text, terminator: "")
        }
        if !report.errors.isEmpty { throw ExitCode(1) }
    }
}
