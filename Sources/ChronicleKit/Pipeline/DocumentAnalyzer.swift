/// Runs the per-document stages: tokenize, split sentences, tag times and names, extract events.
///
/// Pure and value-typed, so documents can be analyzed in parallel; the corpus-level stages work on
/// the compact ``DocumentAnalysis`` it returns.
public struct DocumentAnalyzer: Sendable {
    /// Settings of the analysis.
    public struct Options: Sendable, Hashable {
        /// The date relative expressions lean on when a document has none of its own.
        public var referenceDate: CalendarDate?
        /// Time tagger settings.
        public var time: TimeTagger.Options
        /// Sentence splitter settings.
        public var sentences: SentenceSplitter.Options
        /// Event extractor settings.
        public var events: EventExtractor.Options
        /// The language of the documents: its words are what the time tagger and the event extractor read.
        public var language: Language {
            get { time.language }
            set {
                time.language = newValue
                events.language = newValue
            }
        }
        /// Documents longer than this many UTF-8 bytes are analyzed in pieces of at most this size, cut at
        /// paragraph breaks, so that one very long document does not need memory in proportion to its size.
        public var pieceBytes = 1 << 20

        /// Creates options.
        public init(
            referenceDate: CalendarDate? = nil, time: TimeTagger.Options = .init(),
            sentences: SentenceSplitter.Options = .init(), events: EventExtractor.Options = .init()
        ) {
            self.referenceDate = referenceDate
            self.time = time
            self.sentences = sentences
            self.events = events
        }
    }

    /// The settings.
    public var options: Options

    /// Creates an analyzer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Analyzes one document.
    ///
    /// A document without a date of its own has its relative dates anchored to the reference date, which
    /// its analysis never gives as its publication date.
    public func analyze(_ original: Document) -> DocumentAnalysis {
        var document = original
        if document.published == nil { document.published = options.referenceDate }
        guard document.text.utf8.count > options.pieceBytes else {
            var analysis = analyzeWhole(document).analysis
            analysis.document = DocumentInfo(original)
            return analysis
        }
        var joined = DocumentAnalysis.Joined(document: original)
        for piece in DocumentSegments.pieces(of: document.text, limit: options.pieceBytes) {
            var part = document
            part.text = piece.text
            part.bodyStart = max(0, document.bodyStart - piece.byteOffset)
            let (analysis, sentenceCount) = analyzeWhole(part)
            joined.append(analysis, of: piece, sentenceCount: sentenceCount)
        }
        return joined.analysis
    }

    /// Analyzes a document in one go; also gives its sentence count.
    private func analyzeWhole(_ document: Document) -> (analysis: DocumentAnalysis, sentenceCount: Int) {
        let tokens = Tokenizer().tokens(in: document.text)
        let sentences = SentenceSplitter(options: options.sentences).sentences(in: tokens)
        let times = TimeTagger(options: options.time).expressions(
            tokens: tokens, sentences: sentences, documentDate: document.published)
        let mentions = EntityRecognizer().mentions(tokens: tokens, sentences: sentences)
        let events = EventExtractor(options: options.events).events(
            document: document, tokens: tokens, sentences: sentences, times: times, mentions: mentions)
        let analysis = DocumentAnalysis(
            document: DocumentInfo(document), mentions: mentions, events: events,
            timeExpressionCount: times.reduce(0) { $0 + $1.count }, byteCount: document.text.utf8.count)
        return (analysis, sentences.count)
    }
}
