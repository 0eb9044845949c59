/// Merges the mentions of a whole corpus into entities.
///
/// Links come from: the same normalized name; acronym definitions ("X (ABC)" in any document links
/// every "ABC" to "X"); surname-only mentions ("Hammouchi") to the one full name with that surname in
/// the same document, or in the corpus when only one exists; and multi-word person names whose words
/// have the same consonant skeleton ("Mohamed VI" / "Mohammed VI"). Work is linear in the number of
/// mentions plus a sort: names are grouped by hashed keys, never compared all against all. A user's
/// ``AliasRules`` force merges and forbid them; a forbidden pair is never joined, whatever else links it.
public struct EntityResolver: Sendable {
    /// The user's forced and forbidden merges.
    public var rules: AliasRules
    /// How many cores the per-mention work (normalized names, sounds) may use; the result does not depend on it.
    public var threads = 1

    /// Creates a resolver.
    public init(rules: AliasRules = AliasRules()) {
        self.rules = rules
    }

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
        for pair in rules.different {
            sets.forbid("n:" + NameKey.normalized(pair[0]), "n:" + NameKey.normalized(pair[1]))
        }
        var nodeOfMention: [[Int]] = []
        var fullNamesBySurname: [String: Set<String>] = [:]
        // How often each one-word name is written as a place or organization, and as a person: "Canada"
        // is a place however often some "Motors Canada" is taken for a person.
        var oneWordKinds: [String: (people: Int, others: Int)] = [:]
        // Whether a one-word name may be a surname linked across documents: no nationality, written
        // alone as a person at least as often as a place or organization, and as a person at all unless
        // this mention is one.
        func maySurname(_ key: String, mentionIsPerson: Bool = false) -> Bool {
            let kinds = oneWordKinds[key] ?? (0, 0)
            return kinds.others <= kinds.people && (mentionIsPerson || kinds.people > 0)
                && Gazetteer.demonyms[key] == nil
        }
        // Each mention's normalized name and sounds, worked out once (per document, across the cores) for
        // all the passes below.
        let keys: [[String]] = parallelMap(count: mentions.count, threads: threads) { document in
            var normalizedCache: [String: String] = [:]
            return mentions[document].mentions.map { mention in
                if let known = normalizedCache[mention.text] { return known }
                let key = NameKey.normalized(mention.text)
                normalizedCache[mention.text] = key
                return key
            }
        }
        let sounds: [[NameSounds?]] = parallelMap(count: mentions.count, threads: threads) { document in
            zip(mentions[document].mentions, keys[document]).map { mention, key in
                mention.kind == .person || mention.kind == .misc
                    ? NameSounds(key, isPerson: mention.kind == .person) : nil
            }
        }

        // Pass 1: one node per normalized name (surname-only person mentions are scoped to their document).
        for documentIndex in mentions.indices {
            let list = mentions[documentIndex].mentions
            var surnames: [String: Set<String>] = [:]
            for index in list.indices where list[index].kind == .person {
                let key = keys[documentIndex][index]
                if let last = Self.lastWord(key) {
                    surnames[last, default: []].insert(key)
                    fullNamesBySurname[last, default: []].insert(key)
                }
            }
            var nodes: [Int] = []
            nodes.reserveCapacity(list.count)
            for index in list.indices {
                let kind = list[index].kind
                let key = keys[documentIndex][index]
                var node = sets.node("n:" + key)
                if kind == .person || kind == .place || kind == .organization, !key.utf8.contains(0x20) {
                    oneWordKinds[key, default: (0, 0)].people += kind == .person ? 1 : 0
                    oneWordKinds[key, default: (0, 0)].others += kind == .person ? 0 : 1
                }
                let last = Self.lastWord(key)
                if last == nil, let full = surnames[key], full.count == 1, let fullKey = full.first,
                    kind == .person || kind == .misc, Gazetteer.demonyms[key] == nil
                {
                    node = sets.node("n:" + fullKey)
                } else if kind == .person, let last {
                    // "Ferrer Llull" after "Tomas Ferrer Llull": the tail of exactly one longer name here.
                    let longer = (surnames[last] ?? []).filter { $0 != key && $0.hasSuffix(" " + key) }
                    if longer.count == 1, let fullKey = longer.first { node = sets.node("n:" + fullKey) }
                }
                if let defined = list[index].definedAs {
                    sets.union(node, sets.node("n:" + NameKey.normalized(defined)))
                }
                nodes.append(node)
            }
            nodeOfMention.append(nodes)
        }
        // Pass 2: surnames with exactly one full name in the corpus, and transliteration skeletons.
        // (Sorted: dictionary order changes from run to run, and union order decides the set roots.)
        // A surname never written alone as a person, written more often as a place or organization, or a
        // nationality ("Dutch" of a "Royal Dutch" taken for a person) is left alone.
        for (surname, full) in fullNamesBySurname.sorted(by: { $0.key < $1.key }) where full.count == 1 {
            guard maySurname(surname) else { continue }
            if let key = sets.existing("n:" + surname) { sets.union(key, sets.node("n:" + full.first!)) }
        }
        // Transliterations: people whose first names sound alike and whose other words sound alike or
        // differ by one swapped letter. Candidates meet in buckets keyed by the sorted sounds.
        var buckets: [String: [(node: Int, first: String, rest: String)]] = [:]
        for documentIndex in mentions.indices {
            let list = mentions[documentIndex].mentions
            for index in list.indices where list[index].kind == .person {
                guard let name = sounds[documentIndex][index], let first = name.first, let rest = name.rest,
                    !first.isEmpty, !rest.isEmpty, first.count + rest.count >= 3
                else { continue }
                let node = nodeOfMention[documentIndex][index]
                let bucket = first + "|" + String(rest.sorted())
                if let match = buckets[bucket]?.first(where: { $0.first == first && PhoneticKey.isNear($0.rest, rest) })
                {
                    sets.union(node, match.node)
                } else {
                    buckets[bucket, default: []].append((node, first, rest))
                }
            }
        }
        // Surname-only mentions that sound like the surname of exactly one full name ("Hijaouy").
        var surnameSounds: [String: Set<Int>] = [:]
        for documentIndex in mentions.indices {
            let list = mentions[documentIndex].mentions
            for index in list.indices where list[index].kind == .person {
                if let sound = sounds[documentIndex][index]?.last, sound.count >= 2 {
                    surnameSounds[sound, default: []].insert(
                        sets.find(nodeOfMention[documentIndex][index]))
                }
            }
        }
        for documentIndex in mentions.indices {
            let list = mentions[documentIndex].mentions
            for index in list.indices where list[index].kind == .person || list[index].kind == .misc {
                let key = keys[documentIndex][index]
                // A lone given name ("Mehdi") is not a surname, however it sounds; nor is a nationality
                // ("Japanese" sounds like "Gibbons" to the consonant key), a word never written as a person
                // taken for one, or a place or organization.
                guard maySurname(key, mentionIsPerson: list[index].kind == .person) else { continue }
                guard !key.utf8.contains(0x20), !Gazetteer.givenNames.contains(key),
                    let whole = sounds[documentIndex][index]?.whole, let owners = surnameSounds[whole],
                    owners.count == 1
                else { continue }
                sets.union(nodeOfMention[documentIndex][index], owners.first!)
            }
        }
        // The user's forced merges come last and win over everything but a forbidden pair.
        for group in rules.same {
            let nodes = group.map { sets.node("n:" + NameKey.normalized($0)) }
            for node in nodes.dropFirst() { sets.union(nodes[0], node) }
        }
        // Pass 3: gather votes per set, in arrays by root, each mention's root found once. Documents are
        // visited in order, so a set's document numbers come out sorted and unique as they are appended.
        let rootOfMention = nodeOfMention.map { nodes in nodes.map { sets.find($0) } }
        var kindVotes = [[EntityKind: Int]](repeating: [:], count: sets.count)
        var forms = [[String: Int]](repeating: [:], count: sets.count)
        var roles = [Set<String>](repeating: [], count: sets.count)
        var documents = [[Int]](repeating: [], count: sets.count)
        var firstSeen = [(Int, Int)?](repeating: nil, count: sets.count)
        for documentIndex in mentions.indices {
            let list = mentions[documentIndex].mentions
            for index in list.indices {
                let root = rootOfMention[documentIndex][index]
                kindVotes[root][list[index].kind, default: 0] += 1
                if firstSeen[root] == nil { firstSeen[root] = (documentIndex, index) }
                forms[root][list[index].text, default: 0] += 1
                if let role = list[index].role { roles[root].insert(role) }
                if documents[root].last != documentIndex { documents[root].append(documentIndex) }
            }
        }
        // Ids are handed out in a fixed order (name, then first mention) so that equal names get the same
        // suffixes on every run; everything but the id is worked out per set across the cores.
        let mentioned = forms.indices.filter { !forms[$0].isEmpty }
        let (votes, formsOfRoot, rolesOfRoot, documentsOfRoot) = (kindVotes, forms, roles, documents)
        let canonicalNames = parallelMap(count: mentioned.count, threads: threads) {
            Self.canonical(formsOfRoot[mentioned[$0]])
        }
        let order = mentioned.indices.sorted { a, b in
            canonicalNames[a] != canonicalNames[b]
                ? canonicalNames[a] < canonicalNames[b] : firstSeen[mentioned[a]]! < firstSeen[mentioned[b]]!
        }
        let prepared = parallelMap(count: order.count, threads: threads) { position in
            let slot = order[position]
            let root = mentioned[slot]
            let canonical = canonicalNames[slot]
            let kind = Self.kind(votes[root])
            return Entity(
                id: "\(kind.idPrefix)-\(NameKey.slug(canonical))", canonicalName: canonical, kind: kind,
                aliases: formsOfRoot[root].keys.filter { $0 != canonical }.sorted(),
                roles: rolesOfRoot[root].sorted(), mentionCount: formsOfRoot[root].values.reduce(0, +),
                documentIDs: Set(documentsOfRoot[root].map { mentions[$0].documentID }).sorted())
        }
        var entityOfRoot = [Entity?](repeating: nil, count: sets.count)
        var usedIDs = Set<String>()
        for (position, entity) in prepared.enumerated() {
            var id = entity.id
            if usedIDs.contains(id) {
                var suffix = 2
                while usedIDs.contains("\(id)-\(suffix)") { suffix += 1 }
                id = "\(id)-\(suffix)"
            }
            usedIDs.insert(id)
            entityOfRoot[mentioned[order[position]]] =
                id == entity.id
                ? entity
                : Entity(
                    id: id, canonicalName: entity.canonicalName, kind: entity.kind, aliases: entity.aliases,
                    roles: entity.roles, mentionCount: entity.mentionCount, documentIDs: entity.documentIDs)
        }
        var mentionIDs: [String: [String?]] = [:]
        for (documentIndex, (documentID, _)) in mentions.enumerated() {
            mentionIDs[documentID] = rootOfMention[documentIndex].map { entityOfRoot[$0]?.id }
        }
        let sorted = entityOfRoot.compactMap { $0 }.sorted {
            ($0.kind, $0.canonicalName, $0.id) < ($1.kind, $1.canonicalName, $1.id)
        }
        return Resolution(entities: sorted, mentionEntityIDs: mentionIDs)
    }

    /// The last word of a normalized name of two words or more (`nil` for one word).
    static func lastWord(_ key: String) -> String? {
        guard let space = key.utf8.lastIndex(of: 0x20) else { return nil }
        let last = key.utf8[key.utf8.index(after: space)...]
        // A trailing space leaves no last word, as `split` would skip it.
        return last.isEmpty ? nil : String(Substring(last))
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

/// The sounds of a normalized person (or unclassified) name, for matching transliterations.
struct NameSounds: Sendable {
    /// The first word's sound, for names of two words or more.
    var first: String?
    /// The other words' sounds joined (regnal numbers "II", "VI" kept as written), for two words or more.
    var rest: String?
    /// The last word's sound, for names of two words or more.
    var last: String?
    /// The sound of a one-word name.
    var whole: String?

    init(_ key: String, isPerson: Bool) {
        let words = key.split(separator: " ")
        guard words.count >= 2 else {
            whole = PhoneticKey.of(key)
            return
        }
        guard isPerson else { return }
        first = PhoneticKey.of(words[0])
        // Regnal numbers ("II", "VI") are kept as written: they carry no sound to compare.
        rest = words.dropFirst().map { word in
            word.allSatisfy { "ivx".contains($0) } ? word.uppercased() : PhoneticKey.of(word)
        }.joined()
        last = PhoneticKey.of(words.last!)
    }
}

/// Disjoint sets over string keys, with path halving, that refuse to join sets holding a forbidden pair.
struct UnionFind {
    private var parent: [Int] = []
    private var index: [String: Int] = [:]
    /// For each root, the forbidden partners (roots at the time) of the keys in its set.
    private var forbidden: [Int: Set<String>] = [:]
    private var keysOfRoot: [Int: Set<String>] = [:]
    private var forbiddenPairs: [String: Set<String>] = [:]

    /// How many nodes there are (node numbers are `0..<count`).
    var count: Int { parent.count }

    mutating func node(_ key: String) -> Int {
        if let existing = index[key] { return existing }
        parent.append(parent.count)
        let id = parent.count - 1
        index[key] = id
        if let partners = forbiddenPairs[key] {
            forbidden[id] = partners
            keysOfRoot[id] = [key]
        }
        return id
    }

    func existing(_ key: String) -> Int? { index[key] }

    /// Records that the sets of `a` and `b` must never join.
    mutating func forbid(_ a: String, _ b: String) {
        forbiddenPairs[a, default: []].insert(b)
        forbiddenPairs[b, default: []].insert(a)
        for (key, other) in [(a, b), (b, a)] {
            let id = node(key)
            let root = find(id)
            forbidden[root, default: []].insert(other)
            keysOfRoot[root, default: []].insert(key)
        }
    }

    mutating func find(_ node: Int) -> Int {
        DisjointSets.root(of: node, in: &parent)
    }

    /// Joins two sets unless one holds a key the other's keys may not meet.
    mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a)
        let rootB = find(b)
        guard rootA != rootB else { return }
        if forbiddenPairs.isEmpty {
            parent[max(rootA, rootB)] = min(rootA, rootB)
            return
        }
        let keysA = keysOfRoot[rootA] ?? []
        let keysB = keysOfRoot[rootB] ?? []
        if !(forbidden[rootA] ?? []).isDisjoint(with: keysB) || !(forbidden[rootB] ?? []).isDisjoint(with: keysA) {
            return
        }
        let (keep, drop) = (min(rootA, rootB), max(rootA, rootB))
        parent[drop] = keep
        if keysOfRoot[drop] != nil || forbidden[drop] != nil {
            keysOfRoot[keep, default: []].formUnion(keysOfRoot[drop] ?? [])
            forbidden[keep, default: []].formUnion(forbidden[drop] ?? [])
            keysOfRoot[drop] = nil
            forbidden[drop] = nil
        }
    }
}
