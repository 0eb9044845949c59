import ArgumentParser
import ChronicleKit

/// `chronicle formats`: the export formats, one per line, for people and scripts (CI loops over it).
struct Formats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "List the export formats: name, default file, options that apply, whether undated events are left out.")

    func run() throws {
        var text = ""
        for format in ExportFormat.all {
            let options = format.options.map { "--" + $0.rawValue }.sorted().joined(separator: ",")
            text +=
                [
                    format.name, format.fileName, options.isEmpty ? "-" : options,
                    format.dropsUndated ? "dated-only" : "all-events",
                ]
                .joined(separator: "\t") + "\n"
        }
        try StandardOutput.write(text)
    }
}
