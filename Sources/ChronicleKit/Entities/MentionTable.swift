/// The mentions of a whole corpus, compactly: each name, role and acronym definition stored once, and
/// each mention as four numbers (16 bytes) in reading order, documents one after another.
public struct MentionTable: Sendable {
    /// One mention: its text, kind, role and the other form of an acronym definition, as numbers into
    /// ``texts`` (-1 for none).
    struct Row: Sendable {
        var text: Int32
        var role: Int32
        var definedAs: Int32
        var kind: EntityKind
    }

    /// Every distinct text, by number.
    private(set) var texts: [String] = []
    private var numbers: [String: Int32] = [:]
    /// The mentions, document after document.
    private(set) var rows: [Row] = []
    /// The document ids, in reading order.
    private(set) var documentIDs: [String] = []
    /// Where each document's mentions start in ``rows``, and one past the last document's.
    private(set) var documentStarts: [Int32] = [0]

    /// An empty table.
    public init() {}

    /// A table of the given documents' mentions.
    public init(_ documents: [(documentID: String, mentions: [EntityMention])]) {
        for (id, mentions) in documents { append(documentID: id, mentions: mentions) }
    }

    /// Adds a document's mentions, in text order.
    public mutating func append(documentID: String, mentions: [EntityMention]) {
        for mention in mentions {
            let text = number(mention.text)
            let role = mention.role.map { number($0) } ?? -1
            let definedAs = mention.definedAs.map { number($0) } ?? -1
            rows.append(Row(text: text, role: role, definedAs: definedAs, kind: mention.kind))
        }
        documentIDs.append(documentID)
        documentStarts.append(Int32(rows.count))
    }

    /// Drops the index used to store each text once; nothing can be appended after.
    mutating func seal() {
        numbers = [:]
    }

    /// How many documents there are.
    var documentCount: Int { documentIDs.count }

    /// The positions in ``rows`` of document `order`'s mentions.
    func mentions(of order: Int) -> Range<Int> {
        Int(documentStarts[order])..<Int(documentStarts[order + 1])
    }

    private mutating func number(_ text: String) -> Int32 {
        if let known = numbers[text] { return known }
        let number = Int32(texts.count)
        texts.append(text)
        numbers[text] = number
        return number
    }
}
