import ArgumentParser
import ChronicleKit

/// The briefing exporter for `--template`, parsed before any document is read.
enum BriefingTemplate {
    /// The exporter with the template at `path`, or the built-in one.
    /// - Throws: ``ExitCode`` 1, after one line on stderr naming the file, line and column, when the
    ///   template cannot be read or parsed.
    static func exporter(path: String?, title: String = "Chronicle briefing") throws -> BriefingExporter {
        guard let path else { return BriefingExporter(title: title) }
        do {
            return try BriefingExporter(templatePath: path, title: title)
        } catch let error as ExportError {
            Diagnostics.error(error.description)
            throw ExitCode(1)
        }
    }
}
