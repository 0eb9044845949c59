/// Hashed features of one token for the name recognizer, computed without building strings.
///
/// Templates: the word, its lower-case form, shape and short shape, prefixes and suffixes up to four
/// letters, the two words and shapes either side, sentence position, word-list memberships
/// (places, given names, titles, organization words, common words, demonyms), whether the document
/// capitalizes the word elsewhere mid-sentence, and the previous one or two tags.
struct NERFeatures {
    /// Facts about a token that do not depend on its neighbours, computed once per token.
    struct TokenFacts {
        /// The number of the lower-case form in the document's ``NERVocabulary`` (-1 if it has none).
        var lowerNumber: Int32
        var word: UInt64
        var lower: UInt64
        var shape: UInt64
        var shortShape: UInt64
        var prefixes: Affixes
        var suffixes: Affixes
        var lists: UInt8
        var isCapitalized: Bool
        var context: UInt16
    }

    /// Up to four hashes (of prefixes or suffixes), kept inline rather than in an array.
    struct Affixes {
        private var values: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        private(set) var count = 0

        subscript(index: Int) -> UInt64 {
            switch index {
            case 0: return values.0
            case 1: return values.1
            case 2: return values.2
            default: return values.3
            }
        }

        var last: UInt64? { count > 0 ? self[count - 1] : nil }

        mutating func append(_ value: UInt64) {
            switch count {
            case 0: values.0 = value
            case 1: values.1 = value
            case 2: values.2 = value
            case 3: values.3 = value
            default: return
            }
            count += 1
        }
    }

    static let bucketBits = 18
    static let bucketCount = 1 << bucketBits

    /// Precomputes per-token facts for a sentence.
    static func facts(_ words: [String], vocabulary: NERVocabulary) -> [TokenFacts] {
        words.map { facts(of: $0, vocabulary: vocabulary) }
    }

    static func facts(of word: String, vocabulary: NERVocabulary) -> TokenFacts {
        let lower = Tokenizer.lowercase(word)
        let lowerNumber = vocabulary.lowerNumber(of: lower)
        return facts(
            of: word, lower: lower, lowerNumber: lowerNumber ?? -1,
            seen: lowerNumber.map { vocabulary.entry(lowerNumber: $0) } ?? NERVocabulary.Entry())
    }

    /// The facts of the vocabulary's word numbered `number`.
    static func facts(ofWordNumbered number: Int32, vocabulary: NERVocabulary) -> TokenFacts {
        let word = vocabulary.words[Int(number)]
        let lowerNumber = vocabulary.lowerOfWord[Int(number)]
        // The word's own lower-case bytes: a spelling canonically equal to another's shares its number
        // (and what the document shows of it), not its bytes.
        return facts(
            of: word, lower: Tokenizer.lowercase(word), lowerNumber: lowerNumber,
            seen: vocabulary.entry(lowerNumber: lowerNumber))
    }

    private static func facts(of word: String, lower: String, lowerNumber: Int32, seen: NERVocabulary.Entry)
        -> TokenFacts
    {
        let isASCII = !lower.utf8.contains { $0 >= 0x80 }
        // One lookup for the word lists (two when folding accents changes the key), one for the document.
        var lists: UInt8
        if isASCII {
            let entry = WordLists.table[lower]
            lists = (entry?.byFolded ?? 0) | (entry?.byLower ?? 0)
        } else {
            lists = (WordLists.table[Gazetteer.fold(word)]?.byFolded ?? 0) | (WordLists.table[lower]?.byLower ?? 0)
        }
        if seen.capitalized { lists |= 64 }
        if seen.lowercase { lists |= 128 }
        let (shape, short) = shapeHashes(word)
        // Prefix and suffix hashes straight from the bytes, cut at scalar boundaries.
        var prefixes = Affixes()
        var suffixes = Affixes()
        var lowerCopy = lower
        lowerCopy.withUTF8 { buffer in
            // Where the second to fifth characters start (the ends of the prefixes), scanning forward, and
            // where the last four start (the starts of the suffixes), scanning back.
            var prefixEnds = Affixes()
            var seen = 0
            for index in buffer.indices where buffer[index] & 0xC0 != 0x80 {
                if seen > 0 { prefixEnds.append(UInt64(index)) }
                seen += 1
                if seen > 4 { break }
            }
            var suffixStarts = Affixes()
            var index = buffer.count
            while index > 0, suffixStarts.count < 4 {
                index -= 1
                if buffer[index] & 0xC0 != 0x80 { suffixStarts.append(UInt64(index)) }
            }
            for length in 1..<(suffixStarts.count + 1) {
                let prefixEnd = length <= prefixEnds.count ? Int(prefixEnds[length - 1]) : buffer.count
                prefixes.append(FNV1a.hash(UnsafeBufferPointer(rebasing: buffer[0..<prefixEnd])))
                suffixes.append(FNV1a.hash(UnsafeBufferPointer(rebasing: buffer[Int(suffixStarts[length - 1])...])))
            }
        }
        return TokenFacts(
            lowerNumber: lowerNumber, word: FNV1a.hash(word.utf8), lower: FNV1a.hash(lower.utf8), shape: shape,
            shortShape: short,
            prefixes: prefixes, suffixes: suffixes, lists: lists, isCapitalized: startsUppercase(word),
            context: seen.context)
    }

    /// Whether the first letter is upper case (ASCII checked without Unicode tables).
    static func startsUppercase(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return word.unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// The feature buckets of token `i`, given the tags already chosen before it.
    static func features(
        _ facts: [TokenFacts], _ i: Int, previous: NERTag, previous2: NERTag, remembered: NERTag?, into out: inout [Int]
    ) {
        func at(_ j: Int) -> TokenFacts? { j >= 0 && j < facts.count ? facts[j] : nil }
        features(
            window: (at(i - 2), at(i - 1), facts[i], at(i + 1), at(i + 2)), isFirst: i == 0, previous: previous,
            previous2: previous2, remembered: remembered, into: &out)
    }

    /// The feature buckets of a token from the facts of the words around it (nil past the sentence's ends).
    static func features(
        window: (TokenFacts?, TokenFacts?, TokenFacts, TokenFacts?, TokenFacts?), isFirst: Bool, previous: NERTag,
        previous2: NERTag, remembered: NERTag?, into out: inout [Int]
    ) {
        out.removeAll(keepingCapacity: true)
        func add(_ template: UInt64, _ value: UInt64) {
            out.append(
                Int(truncatingIfNeeded: mix(template &* 0x9E37_79B9_7F4A_7C15 ^ value) >> UInt64(64 - bucketBits)))
        }
        let token = window.2
        let i = isFirst ? 0 : 1
        add(1, 0)
        add(2, token.word)
        add(3, token.lower)
        add(4, token.shape)
        add(5, token.shortShape)
        for n in 0..<token.prefixes.count { add(10 + UInt64(n), token.prefixes[n]) }
        for n in 0..<token.suffixes.count { add(20 + UInt64(n), token.suffixes[n]) }
        add(30, UInt64(token.lists))
        for bit in 0..<8 where token.lists & (1 << bit) != 0 { add(31 + UInt64(bit), 1) }
        add(40, i == 0 ? 1 : 0)
        if token.isCapitalized {
            for bit in 0..<12 where token.context & (1 << bit) != 0 { add(200 + UInt64(bit), token.shortShape) }
        }
        for offset in [-2, -1, 1, 2] {
            let neighbour = offset == -2 ? window.0 : offset == -1 ? window.1 : offset == 1 ? window.3 : window.4
            let template = UInt64(50 + (offset + 2) * 10)
            add(template, neighbour?.lower ?? 0xDEAD)
            add(template + 1, neighbour?.shortShape ?? 0xBEEF)
            add(template + 2, UInt64(neighbour?.lists ?? 0))
            if offset == -1 || offset == 1 {
                add(template + 3, (neighbour?.lower ?? 0xDEAD) ^ token.lower)
            }
        }
        let next = window.3
        let before = window.1
        add(300, (next?.lower ?? 0xDEAD) ^ token.shortShape)
        add(301, (before?.lower ?? 0xDEAD) ^ token.shortShape)
        add(302, (next?.shortShape ?? 0xBEEF) &* 31 ^ token.shortShape ^ (before?.shortShape ?? 0xBEEF) &* 17)
        add(303, UInt64(previous.rawValue) ^ (next?.lower ?? 0xDEAD))
        add(304, (token.suffixes.last ?? 0) ^ token.shortShape)
        // What the tagger said of the same word earlier in the document.
        if let remembered {
            add(400, UInt64(remembered.rawValue))
            add(401, UInt64(remembered.rawValue) &* 131 ^ token.shortShape)
        }
        add(100, UInt64(previous.rawValue))
        add(101, UInt64(previous.rawValue) << 8 | UInt64(previous2.rawValue))
        add(102, UInt64(previous.rawValue) ^ token.lower)
        add(103, UInt64(previous.rawValue) ^ token.shortShape)
        add(104, (i == 0 ? 1 : 0) ^ token.shape ^ UInt64(token.lists & 16))
    }

    /// `Xxxxx`, `XX`, `dd-dd` and the short form with runs collapsed (`Xx`, `X`, `d-d`).
    static func shapes(_ word: String) -> (String, String) {
        var shape = ""
        var short = ""
        var last: Unicode.Scalar = " "
        for scalar in word.unicodeScalars.prefix(12) {
            let c = shapeClass(scalar)
            shape.unicodeScalars.append(c)
            if c != last { short.unicodeScalars.append(c) }
            last = c
        }
        return (shape, short)
    }

    /// The hashes of ``shapes(_:)``'s two strings, computed without building them.
    static func shapeHashes(_ word: String) -> (UInt64, UInt64) {
        var shape = FNV1a.offsetBasis
        var short = FNV1a.offsetBasis
        var last: Unicode.Scalar = " "
        for scalar in word.unicodeScalars.prefix(12) {
            let c = shapeClass(scalar)
            let repeated = c == last
            last = c
            for byte in UTF8.encode(c)! {
                shape ^= UInt64(byte)
                shape = shape &* FNV1a.prime
                if !repeated {
                    short ^= UInt64(byte)
                    short = short &* FNV1a.prime
                }
            }
        }
        return (shape, short)
    }

    /// `X` for upper case, `x` for lower case, `d` for digits, the character itself otherwise.
    private static func shapeClass(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: return "X"
            case 0x61...0x7A: return "x"
            case 0x30...0x39: return "d"
            default: return scalar
            }
        }
        if scalar.properties.isUppercase { return "X" }
        if scalar.properties.isLowercase { return "x" }
        return scalar
    }

    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
