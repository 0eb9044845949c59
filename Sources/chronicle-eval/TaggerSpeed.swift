import ArgumentParser
import ChronicleKit
import Foundation

/// `chronicle-eval speed`: throughput of the time tagger, the name recognizer, the whole per-document
/// analysis or one exporter on a JSON Lines corpus, or every stage against the one-core goal (build with
/// `-c release`).
struct TaggerSpeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speed",
        abstract:
            "Time tagger, name recognizer, analysis or exporter MB/s on a JSON Lines corpus (e.g. Reuters-21578 via corpus-to-jsonl)."
    )

    @Argument(help: "A .jsonl corpus.")
    var corpus: String

    @Option(help: "Passes over the corpus; the best is reported.")
    var repeats = 3

    @Option(help: "Cores the GraphML exporter writes with (the other stages, and budget, use one).")
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
        /// Every stage in turn, against the time the one-core goal of issue 8 leaves for a whole build.
        case budget
    }

    @Option(
        help:
            "What to time: time (the time tagger), names (name recognition), analysis (all per-document work), graphml or csv (one exporter), or budget (every stage against the one-core goal)."
    )
    var stage: Stage = .time

    func run() throws {
        // Without the model the recognizer falls back to its rules: that would time something else.
        if let problem = NERModel.bundledError { throw ValidationError(problem.description) }
        switch stage {
        case .graphml, .csv:
            let result = try timeExport(
                stage == .csv ? .csv : .graphml, of: try chronology().chronology, cores: stage == .csv ? 1 : threads)
            print(result.line)
        case .time, .names, .analysis:
            let corpus = try readCorpus()
            let result =
                stage == .time ? timeTagger(corpus) : stage == .names ? nameRecognizer(corpus) : analysis(corpus)
            print(result.line)
        case .budget:
            try printBudget()
        }
    }

    /// One timed stage: its best time and the line that reports it.
    struct Timing {
        var seconds: Double
        var line: String
    }

    /// The corpus's texts and dates, and the size of the text in megabytes (10^6 bytes).
    struct Corpus {
        var texts: [(text: String, date: CalendarDate?)] = []
        var megabytes = 0.0
    }

    private func readCorpus() throws -> Corpus {
        var corpus = Corpus()
        var bytes = 0
        DocumentReader().read(InputFile(path: self.corpus, id: "corpus", format: .jsonLines)) { result in
            if case .success(let document) = result {
                corpus.texts.append((document.text, document.published))
                bytes += document.text.utf8.count
            }
        }
        guard !corpus.texts.isEmpty else { throw ValidationError("no documents in \(self.corpus)") }
        corpus.megabytes = Double(bytes) / 1_000_000
        return corpus
    }

    /// Times `work`, which counts what it finds in the corpus, and reports it as
    /// `what: N documents, X MB, <count> <unit>, S s, R MB/s, D documents/s (note)`.
    private func timing(_ what: String, _ corpus: Corpus, counting unit: String, note: String, _ work: () -> Int)
        -> Timing
    {
        let (best, count) = Self.best(of: repeats, work)
        let line = String(
            format: "%@: %d documents, %.1f MB, %d %@, %.3f s, %.1f MB/s, %.0f documents/s (%@)", what,
            corpus.texts.count, corpus.megabytes, count, unit, best, corpus.megabytes / best,
            Double(corpus.texts.count) / best, note)
        return Timing(seconds: best, line: line)
    }

    private func timeTagger(_ corpus: Corpus) -> Timing {
        timing("time tagger", corpus, counting: "expressions", note: "tokenize + split + tag, one core") {
            corpus.texts.reduce(0) { $0 + TimeMLAnnotator().tag($1.text, documentDate: $1.date).count }
        }
    }

    private func nameRecognizer(_ corpus: Corpus) -> Timing {
        let split = corpus.texts.map { text, _ in
            let tokens = Tokenizer().tokens(in: text)
            return (tokens, SentenceSplitter().sentences(in: tokens))
        }
        let recognizer = EntityRecognizer()
        return timing("name recognizer", corpus, counting: "mentions", note: "tokens given, one core") {
            split.reduce(0) { $0 + recognizer.mentions(tokens: $1.0, sentences: $1.1).count }
        }
    }

    private func analysis(_ corpus: Corpus) -> Timing {
        let analyzer = DocumentAnalyzer()
        let documents = corpus.texts.enumerated().map { index, text in
            Document(id: "d\(index)", source: self.corpus, published: text.date, text: text.text)
        }
        return timing("document analysis", corpus, counting: "events", note: "one core") {
            documents.reduce(0) { $0 + analyzer.analyze($1).events.count }
        }
    }

    /// The chronology of the whole corpus, built on one thread, with the pipeline's report.
    private func chronology() throws -> (chronology: Chronology, report: ChronologyPipeline.Report) {
        var options = ChronologyPipeline.Options()
        options.threads = 1
        return try ChronologyPipeline(options: options).run(paths: [corpus])
    }

    /// The exporters `timeExport` can time.
    enum Exporter: String {
        case csv, graphml, briefing
    }

    /// Times one exporter on the chronology of the whole corpus, built once beforehand (`cores` counts
    /// for GraphML only).
    private func timeExport(_ format: Exporter, of chronology: Chronology, cores: Int = 1) throws -> Timing {
        let exporter: any ChronologyExporter =
            switch format {
            case .csv: CSVExporter()
            case .graphml: GraphMLExporter(threads: cores)
            case .briefing: BriefingExporter()
            }
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
        let line =
            "\(format.rawValue) export: \(chronology.events.count) events, "
            + String(
                format: "%.1f MB written, %.3f s, %.1f MB/s of output (%d core%@)", Double(written) / 1_000_000,
                best, Double(written) / 1_000_000 / best, cores, cores == 1 ? "" : "s")
        return Timing(seconds: best, line: line)
    }

    /// Every stage of a build, each timed on one core, against the time issue 8's one-core goal (9 MB/s)
    /// leaves for the whole build of this corpus.
    private func printBudget() throws {
        let corpus = try readCorpus()
        let budget = corpus.megabytes / Self.oneCoreGoal
        let tagger = timeTagger(corpus)
        let names = nameRecognizer(corpus)
        let whole = analysis(corpus)
        let (chronology, report) = try chronology()
        let merge = Self.seconds(report.buildTime)
        let exports = try [Exporter.csv, .graphml, .briefing].map { try timeExport($0, of: chronology) }
        print(
            String(
                format: "%d documents, %.2f MB of text: at %.0f MB/s on one core a whole build has %.2f s",
                corpus.texts.count, corpus.megabytes, Self.oneCoreGoal, budget))
        print("")
        let rows: [(String, Double)] =
            [
                ("time tagging (tokenize + split + tag)", tagger.seconds),
                ("name recognition (tokens given)", names.seconds),
                ("document analysis (all of the above, and events)", whole.seconds),
                ("merge (one pass, not the best of several)", merge),
            ] + zip(["export CSV", "export GraphML", "export briefing"], exports.map(\.seconds)).map { ($0, $1) }
        print("stage".padding(toLength: 50, withPad: " ", startingAt: 0) + "   seconds   of the budget")
        for (name, seconds) in rows {
            print(
                name.padding(toLength: 50, withPad: " ", startingAt: 0)
                    + String(format: "%10.3f %9.0f%%", seconds, 100 * seconds / budget))
        }
        let total = whole.seconds + merge + exports.reduce(0) { $0 + $1.seconds }
        print(
            "analysis + merge + exports".padding(toLength: 50, withPad: " ", startingAt: 0)
                + String(format: "%10.3f %9.0f%%", total, 100 * total / budget))
    }

    /// Issue 8's goal for a whole build on one core, in MB of text a second.
    static let oneCoreGoal = 9.0

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The shortest of `repeats` timed runs of `work`, and what the last run counted.
    private static func best(of repeats: Int, _ work: () -> Int) -> (seconds: Double, count: Int) {
        var best = Double.infinity
        var count = 0
        for _ in 0..<max(1, repeats) {
            let clock = ContinuousClock()
            let elapsed = clock.measure { count = work() }
            best = min(best, seconds(elapsed))
        }
        return (best, count)
    }
}
