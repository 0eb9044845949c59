import Foundation

/// What the words of a list start with and how long they are, so that a word outside the list is
/// usually turned away from its first byte and its length, without hashing it.
///
/// The analysis asks lists about nearly every token ("is this a claim noun?", "a month name?"), and
/// nearly every answer is no: the filter makes those answers cost a few instructions instead of a hash.
///
/// Swift compares strings by canonical equivalence ("e" + U+0301 equals "é", U+037E equals ";"), so the
/// list's words are noted in their canonical decomposition too, and a word that starts with a non-ASCII
/// byte always goes on to the lookup.
struct WordFilter: Sendable {
    /// Bit `n`: a word of `n` UTF-8 bytes (bit 63: of 63 or more).
    private var lengths: UInt64 = 0
    /// Bit `b` of the 128: a word whose first byte is the ASCII byte `b`.
    private var firstBytes: (UInt64, UInt64) = (0, 0)

    init(_ words: some Sequence<String>) {
        for word in words {
            note(word)
            if word.utf8.contains(where: { $0 >= 0x80 }) { note(word.decomposedStringWithCanonicalMapping) }
        }
    }

    private mutating func note(_ word: String) {
        lengths |= 1 &<< UInt64(min(word.utf8.count, 63))
        guard let first = word.utf8.first, first < 0x80 else { return }
        let bit = UInt64(1) &<< UInt64(first & 63)
        if first < 0x40 { firstBytes.0 |= bit } else { firstBytes.1 |= bit }
    }

    /// False when `word` cannot be one of the words; true when it may be.
    ///
    /// The first byte is checked first: a word that starts with an ASCII character starts with it in its
    /// canonical decomposition too, so an unknown first byte turns it away. The length turns away only an
    /// ASCII word (an equal word in other bytes can have another length).
    @inline(__always)
    func mayContain(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard let first = utf8.first else { return lengths & 1 != 0 }
        guard first < 0x80 else { return true }
        let bit = UInt64(1) &<< UInt64(first & 63)
        guard (first < 0x40 ? firstBytes.0 : firstBytes.1) & bit != 0 else { return false }
        if lengths & (1 &<< UInt64(min(utf8.count, 63))) != 0 { return true }
        return utf8.contains { $0 >= 0x80 }
    }
}

/// A set of words for lookups token by token: `Set<String>` behind a ``WordFilter``.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The words.
    let words: Set<String>
    private let filter: WordFilter

    init(_ words: some Sequence<String>) {
        self.words = Set(words)
        self.filter = WordFilter(self.words)
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is one of the words.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        filter.mayContain(word) && words.contains(word)
    }

    /// These words and `others`.
    func union(_ others: some Sequence<String>) -> WordSet {
        WordSet(words.union(others))
    }

    /// These words without `others`.
    func subtracting(_ others: some Sequence<String>) -> WordSet {
        WordSet(words.subtracting(others))
    }

    var count: Int { words.count }

    func makeIterator() -> Set<String>.Iterator {
        words.makeIterator()
    }
}

/// A table from words to values for lookups token by token: a dictionary behind a ``WordFilter``.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// The table.
    let table: [String: Value]
    private let filter: WordFilter

    init(_ table: [String: Value]) {
        self.table = table
        self.filter = WordFilter(table.keys)
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        // As a dictionary literal does, a repeated word stops the program.
        self.init(Dictionary(uniqueKeysWithValues: elements))
    }

    /// The value of `word`, if it has one.
    @inline(__always)
    subscript(word: String) -> Value? {
        filter.mayContain(word) ? table[word] : nil
    }

    /// The words.
    var keys: Dictionary<String, Value>.Keys { table.keys }
}
