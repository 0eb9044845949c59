import Benchmark
import ChronicleKit
import Foundation

/// Chronicle's stages on the Reuters-21578 corpus (as `corpus-to-jsonl --skip-empty` writes it).
///
/// Each benchmark handles the whole corpus once per iteration and reports, besides wall clock and
/// memory, its throughput as custom metrics: kB/s of text and documents/s.
let benchmarks: @Sendable () -> Void = {
    // Without the model the recognizer falls back to its rules: that would measure something else.
    if let problem = NERModel.bundledError { fatalError(problem.description) }
    let corpus = Corpus.shared
    let metrics: [BenchmarkMetric] = [
        .wallClock, .peakMemoryResident, .mallocCountTotal, .kilobytesPerSecond, .documentsPerSecond,
    ]
    let configuration = Benchmark.Configuration(
        metrics: metrics, timeUnits: .milliseconds, warmupIterations: 0, maxDuration: .seconds(120), maxIterations: 3)

    Benchmark("Ingest (JSON Lines)", configuration: configuration) { benchmark in
        let clock = ContinuousClock.now
        var documents = 0
        var bytes = 0
        for input in InputCollector().collect([corpus.path]).inputs {
            DocumentReader().read(input) { result in
                if case .success(let document) = result {
                    documents += 1
                    bytes += document.text.utf8.count
                }
            }
        }
        benchmark.report(bytes: bytes, documents: documents, since: clock)
    }

    /// A stage run over every document of the corpus, held in memory beforehand.
    func stage(_ name: String, _ run: @escaping @Sendable (Document) -> Int) {
        Benchmark(name, configuration: configuration) { benchmark in
            let documents = corpus.documents
            let clock = ContinuousClock.now
            var found = 0
            for document in documents { found += run(document) }
            blackHole(found)
            benchmark.report(bytes: corpus.bytes, documents: documents.count, since: clock)
        }
    }

    let tagger = TimeTagger()
    stage("Time tagging") { tagger.expressions(in: $0.text, documentDate: $0.published).count }
    let recognizer = EntityRecognizer()
    stage("Entity recognition") { document in
        let tokens = Tokenizer().tokens(in: document.text)
        return recognizer.mentions(tokens: tokens, sentences: SentenceSplitter().sentences(in: tokens)).count
    }

    // One pass of the whole pipeline takes long enough to measure on its own.
    var once = configuration
    once.maxIterations = 1
    for threads in [1, ProcessInfo.processInfo.activeProcessorCount] {
        Benchmark("Whole pipeline (\(threads) thread\(threads == 1 ? "" : "s"))", configuration: once) {
            benchmark in
            let clock = ContinuousClock.now
            var options = ChronologyPipeline.Options()
            options.threads = threads
            let (chronology, report) = try ChronologyPipeline(options: options).run(paths: [corpus.path])
            var sink = ByteCounter()
            try CSVExporter().export(chronology, to: &sink)
            try GraphMLExporter().export(chronology, to: &sink)
            try BriefingExporter().export(chronology, to: &sink)
            blackHole(sink.count)
            benchmark.report(bytes: report.byteCount, documents: report.documentCount, since: clock)
        }
    }

    let exporters: [(String, any ChronologyExporter)] = [
        ("CSV", CSVExporter()), ("GraphML", GraphMLExporter()), ("briefing", BriefingExporter()),
        ("JSON", JSONExporter()), ("GEXF", GEXFExporter()), ("TimelineJS", TimelineJSExporter(format: .spreadsheet)),
        ("Timesketch", TimesketchExporter()),
    ]
    for (name, exporter) in exporters {
        Benchmark("Export \(name)", configuration: configuration) { benchmark in
            let chronology = corpus.chronology
            let clock = ContinuousClock.now
            var sink = ByteCounter()
            try exporter.export(chronology, to: &sink)
            blackHole(sink.count)
            // Throughput of an exporter: the corpus text it stands for, per second.
            benchmark.report(bytes: corpus.bytes, documents: corpus.documents.count, since: clock)
        }
    }
}

extension BenchmarkMetric {
    /// Kilobytes of document text handled per second.
    static let kilobytesPerSecond = BenchmarkMetric.custom("kB/s", polarity: .prefersLarger, useScalingFactor: false)
    /// Documents handled per second.
    static let documentsPerSecond = BenchmarkMetric.custom(
        "documents/s", polarity: .prefersLarger, useScalingFactor: false)
}

extension Benchmark {
    /// Records the throughput of one pass over the corpus.
    func report(bytes: Int, documents: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        measurement(.kilobytesPerSecond, Int(Double(bytes) / 1000 / max(seconds, 1e-9)))
        measurement(.documentsPerSecond, Int(Double(documents) / max(seconds, 1e-9)))
    }
}

/// An output stream that only counts, so exporters are timed without the disk.
struct ByteCounter: TextOutputStream {
    var count = 0
    mutating func write(_ string: String) { count += string.utf8.count }
}
