/// The normalized names (keys) of a mention table, each stored once and numbered, with what the resolver
/// asks of each: its last word, whether it has several words, and how it sounds.
///
/// Work is per distinct name, across the cores: a corpus writes the same names over and over.
struct NameKeys: Sendable {
    private var keys: [String] = []
    private var numbers: [String: Int32] = [:]
    /// The key of each text of the table, by text number.
    let keyOfText: [Int32]
    /// The key of each key's last word, for keys of two words or more; -1 otherwise.
    private(set) var lastWord: [Int32] = []
    /// Whether each key has more than one word.
    private(set) var hasSpace: [Bool] = []
    /// The sounds of the keys people are mentioned by (`nil` for the others).
    private(set) var personSounds: [NameSounds?] = []
    /// The sounds of the keys unclassified names are mentioned by (`nil` for the others).
    private(set) var otherSounds: [NameSounds?] = []

    /// The keys of a table's texts and of the rules' names.
    init(_ table: MentionTable, rules: AliasRules, threads: Int) {
        let texts = table.texts
        let normalized = parallelMap(count: texts.count, threads: threads) { NameKey.normalized(texts[$0]) }
        var keyOfText = [Int32](repeating: -1, count: texts.count)
        for (text, key) in normalized.enumerated() { keyOfText[text] = Self.intern(key, &keys, &numbers) }
        self.keyOfText = keyOfText
        for name in (rules.same + rules.different).joined() {
            _ = Self.intern(NameKey.normalized(name), &keys, &numbers)
        }
        // Last words, themselves keys (a one-word name is looked up as a surname).
        let named = keys.count
        let lastWords = parallelMap(count: named, threads: threads) { [keys] in EntityResolver.lastWord(keys[$0]) }
        lastWord = lastWords.map { word in word.map { Self.intern($0, &keys, &numbers) } ?? -1 }
        lastWord.append(contentsOf: repeatElement(-1, count: keys.count - named))
        hasSpace = keys.map { $0.utf8.contains(0x20) }
        // Sounds of the names people and unclassified names are mentioned by.
        var isPersonKey = [Bool](repeating: false, count: keys.count)
        var isOtherKey = [Bool](repeating: false, count: keys.count)
        for row in table.rows {
            if row.kind == .person { isPersonKey[Int(keyOfText[Int(row.text)])] = true }
            if row.kind == .misc { isOtherKey[Int(keyOfText[Int(row.text)])] = true }
        }
        let allKeys = keys
        personSounds = parallelMap(count: allKeys.count, threads: threads) { [isPersonKey] in
            isPersonKey[$0] ? NameSounds(allKeys[$0], isPerson: true) : nil
        }
        otherSounds = parallelMap(count: allKeys.count, threads: threads) { [isOtherKey] in
            isOtherKey[$0] ? NameSounds(allKeys[$0], isPerson: false) : nil
        }
    }

    /// How many keys there are.
    var count: Int { keys.count }

    /// The text of a key.
    func key(_ number: Int32) -> String {
        keys[Int(number)]
    }

    /// The key of a name in the alias rules.
    func ruleKey(_ name: String) -> Int32 {
        numbers[NameKey.normalized(name)]!
    }

    private static func intern(_ key: String, _ keys: inout [String], _ numbers: inout [String: Int32]) -> Int32 {
        if let known = numbers[key] { return known }
        let number = Int32(keys.count)
        keys.append(key)
        numbers[key] = number
        return number
    }
}
