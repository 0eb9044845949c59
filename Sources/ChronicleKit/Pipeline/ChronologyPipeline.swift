import Foundation

/// The whole job: read inputs one document at a time, analyze each, then build the chronology.
///
/// Documents are released as soon as they are analyzed; only their compact analyses are kept for the
/// corpus-level stages. A bad input is recorded and skipped; every other document is still processed.
public struct ChronologyPipeline: Sendable {
    /// Settings of the run.
    public struct Options: Sendable {
        /// Reading settings.
        public var reader: DocumentReader.Options
        /// Per-document analysis settings.
        public var analyzer: DocumentAnalyzer.Options
        /// The user's alias rules.
        public var aliases: AliasRules
        /// How many documents to analyze at once (1 for a single core); the output does not depend on it.
        public var threads: Int = ProcessInfo.processInfo.activeProcessorCount
        /// How many documents are read before a batch is analyzed.
        public var batchSize: Int = 256
        /// The folder for the temporary files the events wait in (`nil`: `TMPDIR`, else `/tmp`).
        public var spoolFolder: String?

        /// Creates options.
        public init(
            reader: DocumentReader.Options = .init(), analyzer: DocumentAnalyzer.Options = .init(),
            aliases: AliasRules = AliasRules()
        ) {
            self.reader = reader
            self.analyzer = analyzer
            self.aliases = aliases
        }
    }

    /// What happened to the inputs.
    public struct Report: Sendable {
        /// The stage the run is in: reading and analyzing documents, then merging them.
        public enum Phase: String, Sendable {
            case analyzing = "reading and analyzing"
            case merging
        }

        /// The stage the run is in when the report is sent.
        public var phase = Phase.analyzing
        /// Documents analyzed.
        public var documentCount = 0
        /// Bytes of text analyzed.
        public var byteCount = 0
        /// Input files (after folders are expanded), and how many are finished.
        public var fileCount = 0
        public var filesDone = 0
        /// Size of the input files, when known (not for standard input), and an estimate of how much of it
        /// has been read, for a time-left estimate.
        public var inputBytes = 0
        public var inputBytesRead = 0
        /// Inputs (or JSON lines) that could not be read, in input order.
        public var errors: [IngestError] = []
        /// Inputs that were read with a caveat (an encoding other than UTF-8), in input order.
        public var notes: [IngestNote] = []
        /// Wall-clock time spent reading and analyzing documents (the per-document, parallel stage).
        public var analysisTime: Duration = .zero
        /// Wall-clock time spent merging the analyses into the chronology (the corpus-level stage).
        public var buildTime: Duration = .zero
    }

    /// The settings.
    public var options: Options

    /// Creates a pipeline.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Runs the pipeline over the given paths (files, folders, `-`).
    /// - Parameters:
    ///   - paths: the inputs.
    ///   - progress: called after each document with the running report.
    /// - Returns: the chronology and the report.
    /// - Throws: ``SpoolError`` when the temporary files the events wait in cannot be created or written
    ///   (bad inputs are not errors: they are listed in the report).
    public func run(
        paths: [String], progress: ((Report) -> Void)? = nil
    ) throws -> (chronology: Chronology, report: Report) {
        let started = ContinuousClock.now
        let builder = ChronologyBuilder(
            aliases: options.aliases, threads: options.threads, spoolFolder: options.spoolFolder)
        let build = try builder.start()
        let (inputs, collectErrors) = InputCollector().collect(paths)
        var report = Report()
        report.errors = collectErrors
        report.fileCount = inputs.count
        let sizes = inputs.map { Self.size(of: $0) }
        report.inputBytes = sizes.reduce(0, +)
        var seenIDs = Set<String>()
        let reader = DocumentReader(options: options.reader)
        let analyzer = DocumentAnalyzer(options: options.analyzer)
        // Documents are read one by one and analyzed in small batches across the cores; results keep
        // input order, so the output does not depend on thread timing. Each document's events go to the
        // evidence spool at once, its mentions to the corpus's mention table; the keys of its events stay.
        var batch: [Document] = []
        func flush() {
            guard !build.hasFailed else { return batch.removeAll() }
            let prepared = Self.analyze(batch, with: analyzer, threads: options.threads)
            for part in prepared {
                report.documentCount += 1
                report.byteCount += part.analysis.byteCount
            }
            build.add(prepared: prepared)
            batch.removeAll(keepingCapacity: true)
            progress?(report)
        }
        for (input, size) in zip(inputs, sizes) {
            // Once the spool cannot be written the run fails: the other inputs are not read.
            if build.hasFailed { break }
            let readBefore = report.inputBytesRead
            reader.read(input) { result in
                switch result {
                case .success(var document):
                    report.inputBytesRead = min(readBefore + size, report.inputBytesRead + document.text.utf8.count)
                    if let note = IngestNote.decoded(document) { report.notes.append(note) }
                    if !seenIDs.insert(document.id).inserted {
                        document = Document(
                            id: "\(document.id)~\(seenIDs.count + 1)", source: document.source, title: document.title,
                            publisher: document.publisher, published: document.published, text: document.text,
                            bodyStart: document.bodyStart)
                        seenIDs.insert(document.id)
                    }
                    batch.append(document)
                    if batch.count >= options.batchSize { flush() }
                case .failure(let error):
                    report.errors.append(error)
                    progress?(report)
                }
            }
            report.filesDone += 1
            report.inputBytesRead = readBefore + size
        }
        flush()
        let built = ContinuousClock.now
        report.analysisTime = built - started
        report.phase = .merging
        progress?(report)
        let chronology = try build.finish()
        report.buildTime = .now - built
        return (chronology, report)
    }

    /// The size of an input file in bytes (0 for standard input or when unknown).
    static func size(of input: InputFile) -> Int {
        guard !input.isStandardInput else { return 0 }
        var status = stat()
        return stat(input.path, &status) == 0 ? Int(status.st_size) : 0
    }

    /// Analyzes documents on up to `threads` cores, each document taken by the first free core, and
    /// encodes their events for the spool; the results are in the documents' order.
    static func analyze(
        _ documents: [Document], with analyzer: DocumentAnalyzer, threads: Int
    ) -> [SpooledAnalysis.Prepared] {
        parallelMap(count: documents.count, threads: threads, chunk: 1) {
            SpooledAnalysis.prepare(analyzer.analyze(documents[$0]))
        }
    }
}
