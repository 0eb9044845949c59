/// The gazetteer and word lists the name recognizer consults, merged into one table so that a word
/// costs one hash lookup instead of six. Bits as in ``NERFeatures/TokenFacts/lists``: 1 place, 2 given
/// name, 4 person title, 8 organization word, 16 common word, 32 demonym.
enum WordLists {
    /// Bits found by the accent-folded form (places, given names, organization words, demonyms) and by
    /// the lower-case form (titles, common words).
    struct Entry {
        var byFolded: UInt8 = 0
        var byLower: UInt8 = 0
    }

    static let table: WordMap<Entry> = {
        var table: [String: Entry] = [:]
        for word in Gazetteer.placeNames { table[word, default: Entry()].byFolded |= 1 }
        for word in Gazetteer.givenNames { table[word, default: Entry()].byFolded |= 2 }
        for word in Gazetteer.organizationWords { table[word, default: Entry()].byFolded |= 8 }
        for word in Gazetteer.demonyms.keys { table[word, default: Entry()].byFolded |= 32 }
        for word in Gazetteer.personTitles { table[word, default: Entry()].byLower |= 4 }
        for word in CommonWords.all { table[word, default: Entry()].byLower |= 16 }
        return WordMap(table)
    }()
}
