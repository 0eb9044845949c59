import ArgumentParser
import ChronicleKit
import Foundation

/// `chronicle-eval speed`: throughput of the time tagger, the name recognizer or the whole per-document
/// analysis on a JSON Lines corpus (build with `-c release`).
struct TaggerSpeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speed",
        abstract:
            "Time tagger, name recognizer or analysis MB/s on a JSON Lines corpus (e.g. Reuters-21578 via corpus-to-jsonl)."
    )

    @Argument(help: "A .jsonl corpus.")
    var corpus: String

    @Option(help: "Passes over the corpus; the best is reported.")
    var repeats = 3

    @Option(help: "Cores the GraphML exporter writes with (the other stages use one).")
    var threads = 1

    /// What is timed.
    enum Stage: String, ExpressibleByArgument, CaseIterable {
        /// Tokenizing, sentence splitting and time tagging (the figure issue 3 asks for).
        case time
        /// Name recognition alone, on documents tokenized and split beforehand.
        case names
        /// The whole per-document analysis (tokens, sentences, times, names, events).
        case analysis
        /// Writing the chronology of the corpus as GraphML (built once, untimed; the output only counted).
        case graphml
        /// Writing the chronology of the corpus as CSV.
        case csv
    }

    @Option(
        help:
            "What to time: time (the time tagger), names (name recognition), analysis (all per-document work), graphml or csv (one exporter)."
    )
    var stage: Stage = .time

    func run() throws {
        // Without the model the recognizer falls back to its rules: that would time something else.
        if let problem = NERModel.bundledError { throw ValidationError(problem.description) }
        if stage == .graphml || stage == .csv { return try timeExport() }
        var texts: [(String, CalendarDate?)] = []
        var bytes = 0
        DocumentReader().read(InputFile(path: corpus, id: "corpus", format: .jsonLines)) { result in
            if case .success(let document) = result {
                texts.append((document.text, document.published))
                bytes += document.text.utf8.count
            }
        }
        guard !texts.isEmpty else { throw ValidationError("no documents in \(corpus)") }
        let megabytes = Double(bytes) / 1_000_000
        switch stage {
        case .time:
            let (best, expressions) = Self.best(of: repeats) {
                texts.reduce(0) { $0 + TimeMLAnnotator().tag($1.0, documentDate: $1.1).count }
            }
            print(
                String(
                    format:
                        "time tagger: %d documents, %.1f MB, %d expressions, %.3f s, %.1f MB/s, %.0f documents/s (tokenize + split + tag, one core)",
                    texts.count, megabytes, expressions, best, megabytes / best, Double(texts.count) / best))
        case .names:
            let split = texts.map { text, _ in
                let tokens = Tokenizer().tokens(in: text)
                return (tokens, SentenceSplitter().sentences(in: tokens))
            }
            let recognizer = EntityRecognizer()
            let (best, mentions) = Self.best(of: repeats) {
                split.reduce(0) { $0 + recognizer.mentions(tokens: $1.0, sentences: $1.1).count }
            }
            print(
                String(
                    format:
                        "name recognizer: %d documents, %.1f MB, %d mentions, %.3f s, %.1f MB/s, %.0f documents/s (tokens given, one core)",
                    texts.count, megabytes, mentions, best, megabytes / best, Double(texts.count) / best))
        case .graphml, .csv:
            break
        case .analysis:
            let analyzer = DocumentAnalyzer()
            let documents = texts.enumerated().map { index, text in
                Document(id: "d\(index)", source: corpus, published: text.1, text: text.0)
            }
            let (best, events) = Self.best(of: repeats) {
                documents.reduce(0) { $0 + analyzer.analyze($1).events.count }
            }
            print(
                String(
                    format:
                        "document analysis: %d documents, %.1f MB, %d events, %.3f s, %.1f MB/s, %.0f documents/s (one core)",
                    texts.count, megabytes, events, best, megabytes / best, Double(texts.count) / best))
        }
    }

    /// Times one exporter on the chronology of the whole corpus, built once beforehand.
    private func timeExport() throws {
        var options = ChronologyPipeline.Options()
        options.threads = 1
        let chronology = try ChronologyPipeline(options: options).run(paths: [corpus]).chronology
        let exporter: any ChronologyExporter = stage == .csv ? CSVExporter() : GraphMLExporter(threads: threads)
        var failure: (any Error)?
        // Through the stream the CLI writes files with, into a temporary file (removed at once), as the CLI
        // writes its outputs.
        guard let file = UnlinkedFile.create(in: NSTemporaryDirectory(), prefix: "chronicle-eval-") else {
            throw ValidationError("cannot create a temporary file in \(NSTemporaryDirectory())")
        }
        defer { close(file) }
        let (best, written) = Self.best(of: repeats) {
            _ = ftruncate(file, 0)
            _ = lseek(file, 0, SEEK_SET)
            var output = FileOutput(descriptor: file)
            do { try exporter.export(chronology, to: &output) } catch { failure = error }
            if let number = output.finish() { failure = ValidationError("writing the export failed (errno \(number))") }
            return output.byteCount
        }
        if let failure { throw failure }
        print(
            "\(stage.rawValue) export: \(chronology.events.count) events, "
                + String(
                    format: "%.1f MB written, %.3f s, %.1f MB/s of output (%d core%@)", Double(written) / 1_000_000,
                    best, Double(written) / 1_000_000 / best, stage == .csv ? 1 : threads,
                    stage == .csv || threads == 1 ? "" : "s"))
    }

    /// The shortest of `repeats` timed runs of `work`, and what the last run counted.
    private static func best(of repeats: Int, _ work: () -> Int) -> (seconds: Double, count: Int) {
        var best = Double.infinity
        var count = 0
        for _ in 0..<max(1, repeats) {
            let clock = ContinuousClock()
            let elapsed = clock.measure { count = work() }
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return (best, count)
    }
}
