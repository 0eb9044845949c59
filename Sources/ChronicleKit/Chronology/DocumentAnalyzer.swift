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
    public func analyze(_ document: Document) -> DocumentAnalysis {
        var document = document
        if document.published == nil { document.published = options.referenceDate }
        let tokens = Tokenizer().tokens(in: document.text)
        let sentences = SentenceSplitter(options: options.sentences).sentences(in: tokens)
        let times = TimeTagger(options: options.time).expressions(
            tokens: tokens, sentences: sentences, documentDate: document.published)
        let mentions = EntityRecognizer().mentions(tokens: tokens, sentences: sentences)
        let events = EventExtractor(options: options.events).events(
            document: document, tokens: tokens, sentences: sentences, times: times, mentions: mentions)
        return DocumentAnalysis(
            document: DocumentInfo(document), mentions: mentions, events: events,
            timeExpressionCount: times.reduce(0) { $0 + $1.count }, byteCount: document.text.utf8.count)
    }
}
