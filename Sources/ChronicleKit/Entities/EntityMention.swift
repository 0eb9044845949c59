/// A name found in a document.
public struct EntityMention: Sendable, Hashable, Codable {
    /// The UTF-8 range of the name (without titles such as "King" or "Mr").
    public var range: TextRange
    /// The name as written.
    public var text: String
    /// The recognized kind.
    public var kind: EntityKind
    /// The sentence it occurs in.
    public var sentenceIndex: Int
    /// A title or role written before the name ("King", "journalist"), if any.
    public var role: String?
    /// For an acronym defined next to its long form ("Directorate ... (DST)"), the other form.
    public var definedAs: String?

    /// Creates a mention.
    public init(
        range: TextRange, text: String, kind: EntityKind, sentenceIndex: Int, role: String? = nil,
        definedAs: String? = nil
    ) {
        self.range = range
        self.text = text
        self.kind = kind
        self.sentenceIndex = sentenceIndex
        self.role = role
        self.definedAs = definedAs
    }
}
