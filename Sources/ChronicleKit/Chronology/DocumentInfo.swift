/// What the chronology keeps of a document once its text has been analyzed and released.
public struct DocumentInfo: Sendable, Hashable, Codable, Identifiable {
    /// The document id (the input file's name).
    public let id: String
    /// Where it was read from.
    public var source: String
    /// Its headline.
    public var title: String?
    /// Its publisher.
    public var publisher: String?
    /// Its publication date.
    public var published: CalendarDate?

    /// Keeps the metadata of `document`.
    public init(_ document: Document) {
        id = document.id
        source = document.source
        title = document.title
        publisher = document.publisher
        published = document.published
    }

    /// The publisher when known, otherwise the id: what counts as one independent source.
    public var sourceKey: String { publisher ?? id }

    /// A readable label: publisher and date, else title, else id.
    public var label: String {
        let base = publisher ?? title ?? id
        return published.map { "\(base), \($0)" } ?? base
    }
}
