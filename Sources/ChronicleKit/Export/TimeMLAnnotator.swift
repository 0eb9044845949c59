/// Annotates TimeML files with Chronicle's own TIMEX3 tags, for scoring with TempEval tools.
///
/// The creation time comes from `<DCT>` (read with libxml2); the `<TEXT>` content loses its existing
/// tags and gains Chronicle's, and everything else stays byte for byte as it was.
public struct TimeMLAnnotator: Sendable {
    /// The tagger settings.
    public var options: TimeTagger.Options

    /// Creates an annotator.
    public init(options: TimeTagger.Options = .init()) {
        self.options = options
    }

    /// The annotated file.
    /// - Parameters:
    ///   - bytes: the TimeML file.
    ///   - path: its path, for errors.
    ///   - referenceDate: the date to use when the file has no `<DCT>`.
    /// - Throws: ``IngestError`` when the file is not well-formed TimeML.
    public func annotate(bytes: [UInt8], path: String, referenceDate: CalendarDate? = nil) throws(IngestError) -> String
    {
        let document = try TimeMLReader().document(bytes: bytes, id: path, path: path)
        guard let file = String(validating: bytes, as: UTF8.self), let content = TimeMLText(file: file) else {
            throw .malformedMarkup(path: path, line: 1, message: "TimeML document has no <TEXT> element")
        }
        let expressions = tag(content.text, documentDate: document.published ?? referenceDate)
        return content.annotated(with: expressions)
    }

    /// The expressions of a text, in order.
    public func tag(_ text: String, documentDate: CalendarDate?) -> [TimeExpression] {
        let tokens = Tokenizer().tokens(in: text)
        let sentences = SentenceSplitter().sentences(in: tokens)
        return TimeTagger(options: options).expressions(
            tokens: tokens, sentences: sentences, documentDate: documentDate
        ).flatMap { $0 }
    }
}
