import ChronicleKit
import Foundation

/// A progress line on stderr, redrawn in place, only when stderr is a terminal: the phase (reading and
/// analyzing, merging, writing), files and documents done, megabytes read, speed and the time left; it
/// ends at 100% with the run's counts and time.
final class ProgressLine {
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private var phase: ChronologyPipeline.Report.Phase?
    private var documentCount = 0

    /// A progress line, or `nil` when stderr is not a terminal or the user asked for quiet.
    static func make(quiet: Bool) -> ProgressLine? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressLine()
    }

    /// Shows a report of the pipeline (at most five times a second, but always when the phase changes).
    func update(_ report: ChronologyPipeline.Report) {
        let now = Date()
        let changed = report.phase != phase
        phase = report.phase
        documentCount = report.documentCount
        guard changed || now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        switch report.phase {
        case .analyzing: draw(analyzing(report, at: now))
        case .merging: draw("merging \(report.documentCount) documents (reading and analyzing 100%)")
        }
    }

    /// Shows that the outputs are being written.
    func writing(_ what: String) {
        draw("writing \(what) (\(documentCount) documents merged)")
    }

    /// Ends the line: the phase reached 100%, with `summary` and the time taken.
    func finish(_ summary: String? = nil) {
        guard drawn else { return }
        let seconds = Date().timeIntervalSince(start)
        if let summary {
            draw(String(format: "done: %@ in %.1f s", summary, seconds))
        }
        FileHandle.standardError.write(Data("\n".utf8))
        drawn = false
    }

    private func analyzing(_ report: ChronologyPipeline.Report, at now: Date) -> String {
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let megabytes = Double(report.byteCount) / 1_000_000
        var line = "reading and analyzing: \(report.documentCount) documents"
        if report.fileCount > 1 { line += " (\(report.filesDone)/\(report.fileCount) files)" }
        line += String(format: ", %.1f MB, %.1f MB/s", megabytes, megabytes / seconds)
        if !report.errors.isEmpty { line += ", \(report.errors.count) skipped" }
        if report.inputBytes > 0, report.inputBytesRead > 0 {
            let read = Double(report.inputBytesRead)
            let left = max(0, seconds * (Double(report.inputBytes) - read) / read)
            line += String(
                format: ", %.0f%%, ETA %d:%02d", 100 * read / Double(report.inputBytes), Int(left) / 60, Int(left) % 60)
        }
        return line
    }

    private func draw(_ text: String) {
        // Clears the rest of the terminal line, so a shorter line leaves no tail of the last.
        FileHandle.standardError.write(Data("\rchronicle: \(text.withVisibleControls)\u{1B}[K".utf8))
        drawn = true
    }
}
