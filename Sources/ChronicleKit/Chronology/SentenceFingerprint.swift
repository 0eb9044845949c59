/// A sentence's letters and digits, lower-cased, as a 64-bit hash: the same sentence in two documents
/// (whatever its spacing, punctuation or case) gets the same fingerprint, without building a string.
struct SentenceFingerprint: Hashable, Sendable {
    /// FNV-1a over the kept scalars.
    let hash: UInt64
    /// How many letters and digits the sentence has.
    let length: Int

    init(_ text: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var length = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            var kept: UInt32
            if value < 0x80 {
                switch value {
                case 0x41...0x5A: kept = value + 0x20
                case 0x61...0x7A, 0x30...0x39: kept = value
                default: continue
                }
            } else {
                let properties = scalar.properties
                guard properties.isAlphabetic || properties.numericType != nil else { continue }
                kept = properties.lowercaseMapping.unicodeScalars.first?.value ?? value
            }
            hash ^= UInt64(kept)
            hash = hash &* 0x100_0000_01B3
            length += 1
        }
        self.hash = hash
        self.length = length
    }
}

/// Disjoint sets over the integers 0..<count, with path halving and union by size.
struct DisjointSets {
    private var parent: [Int]
    private var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = [Int](repeating: 1, count: count)
    }

    mutating func find(_ element: Int) -> Int {
        var element = element
        while parent[element] != element {
            parent[element] = parent[parent[element]]
            element = parent[element]
        }
        return element
    }

    mutating func union(_ a: Int, _ b: Int) {
        var rootA = find(a)
        var rootB = find(b)
        guard rootA != rootB else { return }
        if size[rootA] < size[rootB] { swap(&rootA, &rootB) }
        parent[rootB] = rootA
        size[rootA] += size[rootB]
    }
}
