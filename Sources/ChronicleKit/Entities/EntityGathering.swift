/// The last step of entity resolution: once each mention's set is known, gathers each set's names, kinds,
/// roles and documents into an ``Entity`` and hands out ids in a fixed order.
///
/// Votes are gathered as sorted pairs of numbers (set, name), not per-set dictionaries, so a corpus's
/// tens of thousands of sets cost a few arrays.
struct EntityGathering {
    let table: MentionTable
    /// The set (root node) of each mention.
    let rootOfMention: [Int32]
    /// How many sets (nodes) there may be.
    let setCount: Int
    let threads: Int

    /// A sorted run of pairs: for each set, the range of its pairs.
    private struct Runs {
        var pairs: [UInt64]
        var ranges: [Range<Int32>]

        /// Sorts `(set, value)` pairs; duplicates are kept unless `unique`.
        init(_ pairs: [UInt64], setCount: Int, unique: Bool) {
            var sorted = pairs.sorted()
            if unique {
                var kept = 0
                for index in sorted.indices where index == 0 || sorted[index] != sorted[index - 1] {
                    sorted[kept] = sorted[index]
                    kept += 1
                }
                sorted.removeLast(sorted.count - kept)
            }
            self.pairs = sorted
            ranges = [Range<Int32>](repeating: 0..<0, count: setCount)
            var start = 0
            while start < sorted.count {
                let set = Int(sorted[start] >> 32)
                var end = start + 1
                while end < sorted.count && Int(sorted[end] >> 32) == set { end += 1 }
                ranges[set] = Int32(start)..<Int32(end)
                start = end
            }
        }

        /// The values of a set's pairs, in order.
        func values(of set: Int) -> [Int] {
            ranges[set].map { Int(UInt32(truncatingIfNeeded: pairs[Int($0)])) }
        }
    }

    func resolution() -> EntityResolver.Resolution {
        let rows = table.rows
        var kindVotes = [Int32](repeating: 0, count: setCount * EntityKind.allCases.count)
        var firstSeen = [Int32](repeating: -1, count: setCount)
        var formPairs: [UInt64] = []
        formPairs.reserveCapacity(rows.count)
        var rolePairs: [UInt64] = []
        var documentPairs: [UInt64] = []
        var lastDocument = [Int32](repeating: -1, count: setCount)
        let kinds = EntityKind.allCases
        for document in 0..<table.documentCount {
            for index in table.mentions(of: document) {
                let root = Int(rootOfMention[index])
                let row = rows[index]
                kindVotes[root * kinds.count + kinds.firstIndex(of: row.kind)!] += 1
                if firstSeen[root] < 0 { firstSeen[root] = Int32(index) }
                formPairs.append(UInt64(root) << 32 | UInt64(UInt32(row.text)))
                if row.role >= 0 { rolePairs.append(UInt64(root) << 32 | UInt64(UInt32(row.role))) }
                if lastDocument[root] != document {
                    lastDocument[root] = Int32(document)
                    documentPairs.append(UInt64(root) << 32 | UInt64(document))
                }
            }
        }
        let forms = Runs(formPairs, setCount: setCount, unique: false)
        formPairs = []
        let roles = Runs(rolePairs, setCount: setCount, unique: true)
        let documents = Runs(documentPairs, setCount: setCount, unique: false)
        documentPairs = []
        let texts = table.texts
        let documentIDs = table.documentIDs
        // Ids are handed out in a fixed order (name, then first mention) so that equal names get the same
        // suffixes on every run; everything but the id is worked out per set across the cores.
        let mentioned = (0..<setCount).filter { firstSeen[$0] >= 0 }
        let formCounts = parallelMap(count: mentioned.count, threads: threads) { slot in
            // Each form once, with how often it is written.
            var counts: [(text: Int, count: Int)] = []
            for text in forms.values(of: mentioned[slot]) {
                if counts.last?.text == text { counts[counts.count - 1].count += 1 } else { counts.append((text, 1)) }
            }
            return counts
        }
        let canonicalNames = parallelMap(count: mentioned.count, threads: threads) { slot in
            Self.canonical(formCounts[slot].map { (texts[$0.text], $0.count) })
        }
        let order = mentioned.indices.sorted { a, b in
            canonicalNames[a] != canonicalNames[b]
                ? canonicalNames[a] < canonicalNames[b] : firstSeen[mentioned[a]] < firstSeen[mentioned[b]]
        }
        let votesOfSets = kindVotes
        let prepared = parallelMap(count: order.count, threads: threads) { position in
            let slot = order[position]
            let root = mentioned[slot]
            let canonical = canonicalNames[slot]
            var votes: [EntityKind: Int] = [:]
            for (number, kind) in kinds.enumerated() where votesOfSets[root * kinds.count + number] > 0 {
                votes[kind] = Int(votesOfSets[root * kinds.count + number])
            }
            let kind = Self.kind(votes, name: canonical)
            return Entity(
                id: "\(kind.idPrefix)-\(NameKey.slug(canonical))", canonicalName: canonical, kind: kind,
                aliases: formCounts[slot].map { texts[$0.text] }.filter { $0 != canonical }.sorted(),
                roles: roles.values(of: root).map { texts[$0] }.sorted(),
                mentionCount: formCounts[slot].reduce(0) { $0 + $1.count },
                documentIDs: Set(documents.values(of: root).map { documentIDs[$0] }).sorted())
        }
        var entityOfRoot = [Entity?](repeating: nil, count: setCount)
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
        // Sorted by kind, then name, then id; each mention gets its entity's position in that order. The
        // positions are already in name order, so equal names share a rank and only their ids are compared.
        var nameRanks = [Int32](repeating: 0, count: order.count)
        for position in order.indices.dropFirst() {
            let sameName = canonicalNames[order[position]] == canonicalNames[order[position - 1]]
            nameRanks[position] = nameRanks[position - 1] + (sameName ? 0 : 1)
        }
        let kindRanks = prepared.map { Int32(EntityKind.allCases.firstIndex(of: $0.kind)!) }
        let sortedPositions = order.indices.sorted { a, b in
            if kindRanks[a] != kindRanks[b] { return kindRanks[a] < kindRanks[b] }
            if nameRanks[a] != nameRanks[b] { return nameRanks[a] < nameRanks[b] }
            return entityOfRoot[mentioned[order[a]]]!.id < entityOfRoot[mentioned[order[b]]]!.id
        }
        var positionOfRoot = [Int32](repeating: -1, count: setCount)
        for (rank, position) in sortedPositions.enumerated() {
            positionOfRoot[mentioned[order[position]]] = Int32(rank)
        }
        return EntityResolver.Resolution(
            entities: sortedPositions.map { entityOfRoot[mentioned[order[$0]]]! },
            entityOfMention: rootOfMention.map { positionOfRoot[Int($0)] })
    }

    /// The most complete form (most words, not an acronym), then the most frequent, then the first alphabetically.
    static func canonical(_ forms: [(text: String, count: Int)]) -> String {
        forms.max { a, b in
            let aWords = a.text.split(separator: " ").count
            let bWords = b.text.split(separator: " ").count
            if aWords != bWords { return aWords < bWords }
            if a.count != b.count { return a.count < b.count }
            return a.text > b.text
        }!.text
    }

    /// The kind most mentions agree on; person, organization and place win over misc. A name the
    /// gazetteer knows as a country, city or region is a place whatever the mentions say: "Western
    /// Sahara" in "the Western Sahara conflict", or "Madrid" standing for the Spanish government, is the
    /// place (its acts are the place acting, as for any country).
    static func kind(_ votes: [EntityKind: Int], name: String) -> EntityKind {
        if Gazetteer.placeNames.contains(Gazetteer.fold(name)) { return .place }
        return kind(votes)
    }

    /// The kind most mentions agree on; person, organization and place win over misc.
    static func kind(_ votes: [EntityKind: Int]) -> EntityKind {
        let named = votes.filter { $0.key != .misc }
        let pool = named.isEmpty ? votes : named
        return pool.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
    }
}
