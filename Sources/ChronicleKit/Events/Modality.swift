/// How firmly the text puts forward an event (after FactBank's factuality values).
public enum Modality: String, Sendable, Hashable, Codable, CaseIterable {
    /// The author states it as fact.
    case asserted
    /// A named or unnamed source states it ("according to MAP", "sources said").
    case reported
    /// An accusation or claim not established ("allegedly", "accused of").
    case alleged
    /// Possible or hypothetical ("may have", "could", "suggests").
    case hypothetical
    /// Denied or negated ("denied", "never left").
    case denied
    /// Announced or planned for the future ("will sign", "is due to").
    case planned
}

/// Who puts the event forward.
public struct Attribution: Sendable, Hashable, Codable {
    /// The source as written ("Le Monde", "Spanish security sources"), or `author`.
    public var source: String
    /// The source's position in its document's mentions, when it is a recognized name.
    public var mentionIndex: Int?
    /// The cue that introduced it ("according to", "said").
    public var cue: String?

    /// The document's own voice.
    public static let author = Attribution(source: "author")

    /// Creates an attribution.
    public init(source: String, mentionIndex: Int? = nil, cue: String? = nil) {
        self.source = source
        self.mentionIndex = mentionIndex
        self.cue = cue
    }

    /// Whether this is the document's own voice.
    public var isAuthor: Bool { source == "author" }
}
