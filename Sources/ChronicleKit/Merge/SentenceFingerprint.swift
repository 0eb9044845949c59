/// A sentence's letters and digits, lower-cased, as a 64-bit hash: the same sentence in two documents
/// (whatever its spacing, punctuation or case) gets the same fingerprint, without building a string.
struct SentenceFingerprint: Hashable, Sendable {
    /// FNV-1a over the kept scalars.
    let hash: UInt64
    /// How many letters and digits the sentence has.
    let length: Int

    init(_ text: String) {
        var hash = FNV1a.offsetBasis
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
            hash = hash &* FNV1a.prime
            length += 1
        }
        self.hash = hash
        self.length = length
    }
}
