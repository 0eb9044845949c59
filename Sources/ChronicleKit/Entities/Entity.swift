/// One real-world actor or place across the corpus, with every spelling it was seen under.
public struct Entity: Sendable, Hashable, Codable, Identifiable {
    /// A stable id: kind prefix and a slug of the canonical name (`per-abdellatif-hammouchi`).
    public let id: String
    /// The most complete, most frequent form.
    public var canonicalName: String
    /// The kind.
    public var kind: EntityKind
    /// Every other form seen, sorted.
    public var aliases: [String]
    /// Roles and titles written before the name ("King", "journalist").
    public var roles: [String]
    /// How many times it is mentioned in the corpus.
    public var mentionCount: Int
    /// The ids of the documents that mention it, sorted.
    public var documentIDs: [String]

    /// Creates an entity.
    public init(
        id: String, canonicalName: String, kind: EntityKind, aliases: [String] = [], roles: [String] = [],
        mentionCount: Int = 0, documentIDs: [String] = []
    ) {
        self.id = id
        self.canonicalName = canonicalName
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
        self.mentionCount = mentionCount
        self.documentIDs = documentIDs
    }
}
