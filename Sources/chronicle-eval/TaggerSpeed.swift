import ArgumentParser
import ChronicleKit
import Foundation

/// `chronicle-eval speed`: time-tagger throughput on a JSON Lines corpus (build with `-c release`).
struct TaggerSpeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speed",
        abstract: "Time tagger MB/s on a JSON Lines corpus (e.g. Reuters-21578 via corpus-to-jsonl).")

    @Argument(help: "A .jsonl corpus.")
    var corpus: String

    @Option(help: "Passes over the corpus; the best is reported.")
    var repeats = 3

    func run() throws {
        var texts: [(String, CalendarDate?)] = []
        var bytes = 0
        DocumentReader().read(InputFile(path: corpus, id: "corpus", format: .jsonLines)) { result in
            if case .success(let document) = result {
                texts.append((document.text, document.published))
                bytes += document.text.utf8.count
            }
        }
        guard !texts.isEmpty else { throw ValidationError("no documents in \(corpus)") }
        var best = Double.infinity
        var expressions = 0
        for _ in 0..<max(1, repeats) {
            let clock = ContinuousClock()
            var found = 0
            let elapsed = clock.measure {
                for (text, date) in texts { found += TimeMLAnnotator().tag(text, documentDate: date).count }
            }
            expressions = found
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let megabytes = Double(bytes) / 1_000_000
        print(
            String(
                format:
                    "time tagger: %d documents, %.1f MB, %d expressions, %.3f s, %.1f MB/s, %.0f documents/s (tokenize + split + tag, one core)",
                texts.count, megabytes, expressions, best, megabytes / best, Double(texts.count) / best))
    }
}
