/// Merges the mentions of a whole corpus into entities.
///
/// Links come from: the same normalized name; acronym definitions ("X (ABC)" in any document links
/// every "ABC" to "X"); surname-only mentions ("Hammouchi") to the one full name with that surname in
/// the same document, or in the corpus when only one exists; and multi-word person names whose words
/// have the same consonant skeleton ("Mohamed VI" / "Mohammed VI"). Work is linear in the number of
/// mentions plus a sort: names are grouped by hashed keys, never compared all against all.
public struct EntityResolver: Sendable {
    /// Creates a resolver.
    public init() {}

    /// The result: entities, and for each document the entity id of each of its mentions.
    public struct Resolution: Sendable {
        /// The entities, sorted by kind then canonical name.
        public var entities: [Entity]
        /// For each document id, the entity id of each mention (same order as the mentions given).
        public var mentionEntityIDs: [String: [String?]]
    }

    /// Resolves the mentions of every document.
    /// - Parameter mentions: each document's id and mentions.
    public func resolve(_ mentions: [(documentID: String, mentions: [EntityMention])]) -> Resolution {
        var sets = UnionFind()
        var nodeOfMention: [[Int]] = []
        var kindVotes: [Int: [EntityKind: Int]] = [:]
        var forms: [Int: [String: Int]] = [:]
        var roles: [Int: Set<String>] = [:]
        var documents: [Int: Set<String>] = [:]
        var fullNamesBySurname: [String: Set<String>] = [:]

        // Pass 1: one node per normalized name (surname-only person mentions are scoped to their document).
        for (documentID, list) in mentions {
            var surnames: [String: Set<String>] = [:]
            for mention in list where mention.kind == .person {
                let key = NameKey.normalized(mention.text)
                let words = key.split(separator: " ")
                if words.count >= 2, let last = words.last {
                    surnames[String(last), default: []].insert(key)
                    fullNamesBySurname[String(last), default: []].insert(key)
                }
            }
            var nodes: [Int] = []
            for mention in list {
                let key = NameKey.normalized(mention.text)
                var node = sets.node("n:" + key)
                if !key.contains(" "), let full = surnames[key], full.count == 1, let fullKey = full.first,
                    mention.kind == .person || mention.kind == .misc
                {
                    node = sets.node("n:" + fullKey)
                }
                if let defined = mention.definedAs {
                    sets.union(node, sets.node("n:" + NameKey.normalized(defined)))
                }
                nodes.append(node)
            }
            nodeOfMention.append(nodes)
        }
        // Pass 2: surnames with exactly one full name in the corpus, and transliteration skeletons.
        for (surname, full) in fullNamesBySurname where full.count == 1 {
            if let key = sets.existing("n:" + surname) { sets.union(key, sets.node("n:" + full.first!)) }
        }
        var bySkeleton: [String: Int] = [:]
        for (documentIndex, (_, list)) in mentions.enumerated() {
            for (index, mention) in list.enumerated() where mention.kind == .person {
                let key = NameKey.normalized(mention.text)
                guard key.contains(" ") else { continue }
                let skeleton = NameKey.skeleton(key)
                let node = nodeOfMention[documentIndex][index]
                if let other = bySkeleton[skeleton] { sets.union(node, other) } else { bySkeleton[skeleton] = node }
            }
        }
        // Pass 3: gather votes per set.
        for (documentIndex, (documentID, list)) in mentions.enumerated() {
            for (index, mention) in list.enumerated() {
                let root = sets.find(nodeOfMention[documentIndex][index])
                kindVotes[root, default: [:]][mention.kind, default: 0] += 1
                forms[root, default: [:]][mention.text, default: 0] += 1
                if let role = mention.role { roles[root, default: []].insert(role) }
                documents[root, default: []].insert(documentID)
            }
        }
        var entities: [Int: Entity] = [:]
        var usedIDs = Set<String>()
        for root in forms.keys.sorted(by: { Self.canonical(forms[$0]!) < Self.canonical(forms[$1]!) }) {
            let formCounts = forms[root]!
            let kind = Self.kind(kindVotes[root]!)
            let canonical = Self.canonical(formCounts)
            var id = "\(kind.idPrefix)-\(NameKey.slug(canonical))"
            if usedIDs.contains(id) {
                var suffix = 2
                while usedIDs.contains("\(id)-\(suffix)") { suffix += 1 }
                id = "\(id)-\(suffix)"
            }
            usedIDs.insert(id)
            entities[root] = Entity(
                id: id, canonicalName: canonical, kind: kind,
                aliases: formCounts.keys.filter { $0 != canonical }.sorted(),
                roles: (roles[root] ?? []).sorted(), mentionCount: formCounts.values.reduce(0, +),
                documentIDs: (documents[root] ?? []).sorted())
        }
        var mentionIDs: [String: [String?]] = [:]
        for (documentIndex, (documentID, _)) in mentions.enumerated() {
            mentionIDs[documentID] = nodeOfMention[documentIndex].map { entities[sets.find($0)]?.id }
        }
        let sorted = entities.values.sorted { ($0.kind, $0.canonicalName, $0.id) < ($1.kind, $1.canonicalName, $1.id) }
        return Resolution(entities: sorted, mentionEntityIDs: mentionIDs)
    }

    /// The most complete form (most words, not an acronym), then the most frequent, then the first alphabetically.
    static func canonical(_ forms: [String: Int]) -> String {
        forms.max { a, b in
            let aWords = a.key.split(separator: " ").count
            let bWords = b.key.split(separator: " ").count
            if aWords != bWords { return aWords < bWords }
            if a.value != b.value { return a.value < b.value }
            return a.key > b.key
        }!.key
    }

    /// The kind most mentions agree on; person, organization and place win over misc.
    static func kind(_ votes: [EntityKind: Int]) -> EntityKind {
        let named = votes.filter { $0.key != .misc }
        let pool = named.isEmpty ? votes : named
        return pool.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
    }
}

/// Disjoint sets over string keys, with path halving.
struct UnionFind {
    private var parent: [Int] = []
    private var index: [String: Int] = [:]

    mutating func node(_ key: String) -> Int {
        if let existing = index[key] { return existing }
        parent.append(parent.count)
        index[key] = parent.count - 1
        return parent.count - 1
    }

    func existing(_ key: String) -> Int? { index[key] }

    mutating func find(_ node: Int) -> Int {
        var current = node
        while parent[current] != current {
            parent[current] = parent[parent[current]]
            current = parent[current]
        }
        return current
    }

    mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a)
        let rootB = find(b)
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }
}
