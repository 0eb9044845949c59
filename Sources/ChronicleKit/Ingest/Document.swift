/// One input article, after ingest: plain text plus what is known about where it came from.
public struct Document: Sendable, Hashable, Codable, Identifiable {
    /// A stable identifier, unique in a run: the input file's name, or the `id` of a JSON line.
    public let id: String
    /// Where the document was read from (a path, `path#line` for JSON lines, or `-`).
    public var source: String
    /// The headline, when one was found.
    public var title: String?
    /// The outlet that published it, when one was found.
    public var publisher: String?
    /// The publication date, which anchors relative dates ("yesterday").
    public var published: CalendarDate?
    /// The article text. Every offset Chronicle reports points into this string.
    public var text: String
    /// UTF-8 offset where the body starts, after header lines such as `Title:` or `date ...`.
    public var bodyStart: Int
    /// The encoding the file was read from when it was not UTF-8 (`"Windows-1252"`, `"UTF-16LE"`), else nil.
    public var sourceEncoding: String? = nil

    /// Creates a document.
    public init(
        id: String, source: String, title: String? = nil, publisher: String? = nil,
        published: CalendarDate? = nil, text: String, bodyStart: Int = 0
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.publisher = publisher
        self.published = published
        self.text = text
        self.bodyStart = bodyStart
    }

    /// The publisher when known, otherwise the document id: what counts as one independent source.
    public var sourceKey: String {
        publisher ?? id
    }
}
