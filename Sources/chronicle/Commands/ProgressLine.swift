import ChronicleKit
import Foundation

/// A progress line on stderr, redrawn in place, only when stderr is a terminal: documents done (of how
/// many files, when known), megabytes read and speed.
final class ProgressLine {
    private let start = Date()
    private var lastDraw = Date.distantPast
    private let files: Int
    private var drawn = false

    /// A progress line, or `nil` when stderr is not a terminal or the user asked for quiet.
    static func make(quiet: Bool, files: Int) -> ProgressLine? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressLine(files: files)
    }

    private init(files: Int) {
        self.files = files
    }

    func update(_ report: ChronologyPipeline.Report) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let megabytes = Double(report.byteCount) / 1_000_000
        var line = "\rchronicle: \(report.documentCount) documents"
        if files > 1 { line += " (\(files) files)" }
        line += String(format: ", %.1f MB, %.1f MB/s", megabytes, megabytes / seconds)
        if !report.errors.isEmpty { line += ", \(report.errors.count) skipped" }
        FileHandle.standardError.write(Data((line + "   ").utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
