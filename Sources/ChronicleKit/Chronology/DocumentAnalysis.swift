/// The compact result of analyzing one document: all the corpus-level stages need, without its text.
public struct DocumentAnalysis: Sendable {
    /// The document's metadata.
    public var document: DocumentInfo
    /// Its entity mentions, in text order.
    public var mentions: [EntityMention]
    /// Its events, in text order.
    public var events: [Event]
    /// How many time expressions were found.
    public var timeExpressionCount: Int
    /// The size of its text in UTF-8 bytes.
    public var byteCount: Int

    /// Creates an analysis.
    public init(
        document: DocumentInfo, mentions: [EntityMention], events: [Event], timeExpressionCount: Int, byteCount: Int
    ) {
        self.document = document
        self.mentions = mentions
        self.events = events
        self.timeExpressionCount = timeExpressionCount
        self.byteCount = byteCount
    }
}
