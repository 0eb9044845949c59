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
        // Kept until the corpus is merged: without the room arrays leave for growth.
        self.mentions = Self.exactlySized(mentions)
        self.events = Self.exactlySized(events)
        self.timeExpressionCount = timeExpressionCount
        self.byteCount = byteCount
    }

    /// The same elements in storage of their own size, when the array holds much more room than it uses.
    static func exactlySized<Element>(_ items: [Element]) -> [Element] {
        guard items.capacity > items.count + items.count / 8 + 1 else { return items }
        return [Element](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            initialized = items.withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
        }
    }
}
