import ChronicleKit
import Foundation

/// A progress line on stderr, redrawn in place, only when stderr is a terminal: files and documents done,
/// megabytes read, speed and the time left.
final class ProgressLine {
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// A progress line, or `nil` when stderr is not a terminal or the user asked for quiet.
    static func make(quiet: Bool) -> ProgressLine? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressLine()
    }

    func update(_ report: ChronologyPipeline.Report) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let megabytes = Double(report.byteCount) / 1_000_000
        var line = "\rchronicle: \(report.documentCount) documents"
        if report.fileCount > 1 { line += " (\(report.filesDone)/\(report.fileCount) files)" }
        line += String(format: ", %.1f MB, %.1f MB/s", megabytes, megabytes / seconds)
        if !report.errors.isEmpty { line += ", \(report.errors.count) skipped" }
        if report.inputBytes > 0, report.inputBytesRead > 0 {
            let read = Double(report.inputBytesRead)
            let left = max(0, seconds * (Double(report.inputBytes) - read) / read)
            line += String(
                format: ", %.0f%%, ETA %d:%02d", 100 * read / Double(report.inputBytes), Int(left) / 60, Int(left) % 60)
        }
        FileHandle.standardError.write(Data((line + "   ").utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
