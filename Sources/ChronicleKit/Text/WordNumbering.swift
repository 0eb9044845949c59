/// Numbers the distinct words of a document (0, 1, 2, ... in order of first appearance) by their
/// UTF-8 bytes, in an open-addressing table with a hash much cheaper than `Hasher`'s for short words.
///
/// Words are told apart byte by byte: two spellings Swift holds equal by canonical equivalence
/// ("é" precomposed and decomposed) get numbers of their own.
struct WordNumbering {
    /// The words, by number.
    private(set) var words: [String] = []
    /// The hash of each word, by number (compared before the bytes).
    private var hashes: [UInt64] = []
    /// Word numbers by slot; -1 for an empty slot.
    private var slots: [Int32]
    private var mask: Int

    /// A table with room for about `capacity` words before it grows.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        words.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// The number of `word`, numbering it if it is new.
    mutating func number(_ word: String) -> (number: Int32, isNew: Bool) {
        let hash = Self.hash(word)
        let (slot, found) = probe(word, hash: hash)
        if let found { return (found, false) }
        let number = Int32(words.count)
        words.append(word)
        hashes.append(hash)
        slots[slot] = number
        if words.count * 2 > slots.count { grow() }
        return (number, true)
    }

    /// The number of `word`, if it has one.
    func existingNumber(_ word: String) -> Int32? {
        probe(word, hash: Self.hash(word)).number
    }

    /// The slot that holds `word` and its number, or the empty slot where it would go.
    private func probe(_ word: String, hash: UInt64) -> (slot: Int, number: Int32?) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let number = slots[slot]
            if number < 0 { return (slot, nil) }
            if hashes[Int(number)] == hash, Self.sameBytes(words[Int(number)], word) { return (slot, number) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }

    /// FNV-1a over the bytes, mixed at the end so that the low bits (the slot) depend on all of them.
    private static func hash(_ word: String) -> UInt64 {
        let value = FNV1a.hash(word.utf8)
        return value ^ (value >> 29)
    }

    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        first.utf8.count == second.utf8.count && first.utf8.elementsEqual(second.utf8)
    }
}
