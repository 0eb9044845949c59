/// Merges the mentions of a whole corpus into entities.
///
/// Links come from: the same normalized name; acronym definitions ("X (ABC)" in any document links
/// every "ABC" to "X"); surname-only mentions ("Hammouchi") to the one full name with that surname in
/// the same document, or in the corpus when only one exists; multi-word person names whose words
/// have the same consonant skeleton ("Mohamed VI" / "Mohammed VI"); and acronyms to the one organization
/// whose initials they are ("GM" / "General Motors", ``AcronymInitials``). Work is linear in the number of
/// mentions plus a sort: names are grouped by hashed keys, never compared all against all, and each
/// distinct name is normalized and sounded out once. A user's ``AliasRules`` force merges and forbid
/// them; a forbidden pair is never joined, whatever else links it.
public struct EntityResolver: Sendable {
    /// The user's forced and forbidden merges.
    public var rules: AliasRules
    /// How many cores the per-name work (normalized names, sounds, entities) may use; the result does not
    /// depend on it.
    public var threads = 1

    /// Creates a resolver.
    public init(rules: AliasRules = AliasRules()) {
        self.rules = rules
    }

    /// The result: entities, and the entity of each mention.
    public struct Resolution: Sendable {
        /// The entities, sorted by kind then canonical name.
        public var entities: [Entity]
        /// For each mention (documents in order, each document's mentions in order), the position of its
        /// entity in ``entities``, or -1.
        public var entityOfMention: [Int32]
    }

    /// Resolves the mentions of every document.
    /// - Parameter mentions: each document's id and mentions.
    public func resolve(_ mentions: [(documentID: String, mentions: [EntityMention])]) -> Resolution {
        resolve(MentionTable(mentions))
    }

    /// Resolves the mentions of a table.
    public func resolve(_ table: MentionTable) -> Resolution {
        let rows = table.rows
        let names = NameKeys(table, rules: rules, threads: threads)
        var sets = NameUnionFind(keyCount: names.count)
        for pair in rules.different {
            sets.forbid(names.ruleKey(pair[0]), names.ruleKey(pair[1]))
        }
        // How often each one-word name is written as a place or organization, and as a person: "Canada"
        // is a place however often some "Motors Canada" is taken for a person.
        var oneWordPeople = [Int32](repeating: 0, count: names.count)
        var oneWordOthers = [Int32](repeating: 0, count: names.count)
        // Whether a one-word name may be a surname linked across documents: no nationality, written
        // alone as a person at least as often as a place or organization, and as a person at all unless
        // this mention is one.
        func maySurname(_ key: Int32, mentionIsPerson: Bool = false) -> Bool {
            let people = oneWordPeople[Int(key)]
            return oneWordOthers[Int(key)] <= people && (mentionIsPerson || people > 0)
                && Gazetteer.demonyms[names.key(key)] == nil
        }
        var fullNamesBySurname: [Int32: Set<Int32>] = [:]
        var nodeOfMention = [Int](repeating: 0, count: rows.count)

        // Pass 1: one node per normalized name (surname-only person mentions are scoped to their document).
        for document in 0..<table.documentCount {
            let range = table.mentions(of: document)
            var surnames: [Int32: Set<Int32>] = [:]
            for index in range where rows[index].kind == .person {
                let key = names.keyOfText[Int(rows[index].text)]
                let last = names.lastWord[Int(key)]
                if last >= 0 {
                    surnames[last, default: []].insert(key)
                    fullNamesBySurname[last, default: []].insert(key)
                }
            }
            for index in range {
                let kind = rows[index].kind
                let key = names.keyOfText[Int(rows[index].text)]
                var node = sets.node(key)
                if kind == .person || kind == .place || kind == .organization, !names.hasSpace[Int(key)] {
                    if kind == .person { oneWordPeople[Int(key)] += 1 } else { oneWordOthers[Int(key)] += 1 }
                }
                let last = names.lastWord[Int(key)]
                if last < 0, let full = surnames[key], full.count == 1, kind == .person || kind == .misc,
                    Gazetteer.demonyms[names.key(key)] == nil
                {
                    node = sets.node(full.first!)
                } else if kind == .person, last >= 0 {
                    // "Ferrer Llull" after "Tomas Ferrer Llull": the tail of exactly one longer name here.
                    let tail = " " + names.key(key)
                    let longer = (surnames[last] ?? []).filter { $0 != key && names.key($0).hasSuffix(tail) }
                    if longer.count == 1 { node = sets.node(longer.first!) }
                }
                if rows[index].definedAs >= 0 {
                    sets.union(node, sets.node(names.keyOfText[Int(rows[index].definedAs)]))
                }
                nodeOfMention[index] = node
            }
        }
        // Pass 2: surnames with exactly one full name in the corpus, and transliteration skeletons.
        // (Sorted: dictionary order changes from run to run, and union order decides the set roots.)
        // A surname never written alone as a person, written more often as a place or organization, or a
        // nationality ("Dutch" of a "Royal Dutch" taken for a person) is left alone.
        for (surname, full) in fullNamesBySurname.sorted(by: { names.key($0.key) < names.key($1.key) })
        where full.count == 1 {
            guard maySurname(surname) else { continue }
            if let node = sets.existing(surname) { sets.union(node, sets.node(full.first!)) }
        }
        fullNamesBySurname = [:]
        // Transliterations: people whose first names sound alike and whose other words sound alike or
        // differ by one swapped letter. Candidates meet in buckets keyed by the sorted sounds.
        var buckets: [String: [(node: Int, first: String, rest: String)]] = [:]
        for index in rows.indices where rows[index].kind == .person {
            let key = names.keyOfText[Int(rows[index].text)]
            guard let name = names.personSounds[Int(key)], let first = name.first, let rest = name.rest,
                !first.isEmpty, !rest.isEmpty, first.count + rest.count >= 3
            else { continue }
            let node = nodeOfMention[index]
            let bucket = first + "|" + String(rest.sorted())
            if let match = buckets[bucket]?.first(where: { $0.first == first && PhoneticKey.isNear($0.rest, rest) }) {
                sets.union(node, match.node)
            } else {
                buckets[bucket, default: []].append((node, first, rest))
            }
        }
        buckets = [:]
        // Surname-only mentions that sound like the surname of exactly one full name ("Hijaouy").
        var surnameSounds: [String: Set<Int>] = [:]
        for index in rows.indices where rows[index].kind == .person {
            let key = names.keyOfText[Int(rows[index].text)]
            if let sound = names.personSounds[Int(key)]?.last, sound.count >= 2 {
                surnameSounds[sound, default: []].insert(sets.find(nodeOfMention[index]))
            }
        }
        for index in rows.indices where rows[index].kind == .person || rows[index].kind == .misc {
            let key = names.keyOfText[Int(rows[index].text)]
            let isPerson = rows[index].kind == .person
            // A lone given name ("Mehdi") is not a surname, however it sounds; nor is a nationality
            // ("Japanese" sounds like "Gibbons" to the consonant key), a word never written as a person
            // taken for one, or a place or organization.
            guard maySurname(key, mentionIsPerson: isPerson) else { continue }
            guard !names.hasSpace[Int(key)], !Gazetteer.givenNames.contains(names.key(key)),
                let whole = (isPerson ? names.personSounds : names.otherSounds)[Int(key)]?.whole,
                let owners = surnameSounds[whole], owners.count == 1
            else { continue }
            sets.union(nodeOfMention[index], owners.first!)
        }
        // Acronyms without a definition: the one organization of the corpus whose initials they are.
        var organizationsByInitials: [String: Set<Int32>] = [:]
        var acronyms = Set<Int32>()
        for row in rows {
            let key = names.keyOfText[Int(row.text)]
            if row.kind == .organization, names.hasSpace[Int(key)],
                let initials = AcronymInitials.initials(of: names.key(key))
            {
                organizationsByInitials[initials, default: []].insert(key)
            } else if row.kind == .organization || row.kind == .misc,
                AcronymInitials.isAcronym(table.texts[Int(row.text)])
            {
                acronyms.insert(key)
            }
        }
        for acronym in acronyms.sorted(by: { names.key($0) < names.key($1) }) {
            let letters = names.key(acronym).filter { $0 != "." }
            guard let owners = organizationsByInitials[letters], owners.count == 1 else { continue }
            sets.union(sets.node(acronym), sets.node(owners.first!))
        }
        // The user's forced merges come last and win over everything but a forbidden pair.
        for group in rules.same {
            let nodes = group.map { sets.node(names.ruleKey($0)) }
            for node in nodes.dropFirst() { sets.union(nodes[0], node) }
        }
        let roots = nodeOfMention.map { Int32(sets.find($0)) }
        return EntityGathering(table: table, rootOfMention: roots, setCount: sets.count, threads: threads).resolution()
    }

    /// The last word of a normalized name of two words or more (`nil` for one word).
    static func lastWord(_ key: String) -> String? {
        guard let space = key.utf8.lastIndex(of: 0x20) else { return nil }
        let last = key.utf8[key.utf8.index(after: space)...]
        // A trailing space leaves no last word, as `split` would skip it.
        return last.isEmpty ? nil : String(Substring(last))
    }
}
