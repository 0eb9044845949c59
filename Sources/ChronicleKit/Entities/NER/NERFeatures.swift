/// Hashed features of one token for the name recognizer, computed without building strings.
///
/// Templates: the word, its lower-case form, shape and short shape, prefixes and suffixes up to four
/// letters, the two words and shapes either side, sentence position, word-list memberships
/// (places, given names, titles, organization words, common words, demonyms), whether the document
/// capitalizes the word elsewhere mid-sentence, and the previous one or two tags.
struct NERFeatures {
    /// Facts about a token that do not depend on its neighbours, computed once per token.
    struct TokenFacts {
        var text: String
        var word: UInt64
        var lower: UInt64
        var shape: UInt64
        var shortShape: UInt64
        var prefixes: [UInt64]
        var suffixes: [UInt64]
        var lists: UInt8
        var isCapitalized: Bool
        var context: UInt16
    }

    static let bucketBits = 18
    static let bucketCount = 1 << bucketBits

    /// Precomputes per-token facts for a sentence (words seen before in the document come from `cache`).
    static func facts(_ words: [String], vocabulary: NERVocabulary, cache: inout [String: TokenFacts]) -> [TokenFacts] {
        words.map { word in
            if let known = cache[word] { return known }
            let computed = facts(of: word, vocabulary: vocabulary)
            cache[word] = computed
            return computed
        }
    }

    /// Precomputes per-token facts for a sentence.
    static func facts(_ words: [String], vocabulary: NERVocabulary) -> [TokenFacts] {
        words.map { facts(of: $0, vocabulary: vocabulary) }
    }

    static func facts(of word: String, vocabulary: NERVocabulary) -> TokenFacts {
        let lower = Tokenizer.lowercase(word)
        let folded = Gazetteer.fold(word)
        var lists: UInt8 = 0
        if Gazetteer.placeNames.contains(folded) { lists |= 1 }
        if Gazetteer.givenNames.contains(folded) { lists |= 2 }
        if Gazetteer.personTitles.contains(lower) { lists |= 4 }
        if Gazetteer.organizationWords.contains(folded) { lists |= 8 }
        if CommonWords.all.contains(lower) { lists |= 16 }
        if Gazetteer.demonyms[folded] != nil { lists |= 32 }
        if vocabulary.capitalizedElsewhere.contains(lower) { lists |= 64 }
        if vocabulary.lowercaseElsewhere.contains(lower) { lists |= 128 }
        let (shape, short) = shapes(word)
        // Prefix and suffix hashes straight from the bytes, cut at scalar boundaries.
        var prefixes: [UInt64] = []
        var suffixes: [UInt64] = []
        var bytes = Array(lower.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            var starts: [Int] = []
            for (index, byte) in buffer.enumerated() where byte & 0xC0 != 0x80 { starts.append(index) }
            let count = starts.count
            for length in 1...4 where count >= length {
                let prefixEnd = length < count ? starts[length] : buffer.count
                prefixes.append(hash(UnsafeBufferPointer(rebasing: buffer[0..<prefixEnd])))
                suffixes.append(hash(UnsafeBufferPointer(rebasing: buffer[starts[count - length]...])))
            }
        }
        let first = word.unicodeScalars.first
        return TokenFacts(
            text: lower, word: hash(word), lower: hash(lower), shape: hash(shape), shortShape: hash(short),
            prefixes: prefixes,
            suffixes: suffixes, lists: lists, isCapitalized: first?.properties.isUppercase ?? false,
            context: vocabulary.context(lower))
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
        for (n, value) in token.prefixes.enumerated() { add(10 + UInt64(n), value) }
        for (n, value) in token.suffixes.enumerated() { add(20 + UInt64(n), value) }
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
        var last: Character = " "
        for scalar in word.unicodeScalars.prefix(12) {
            let c: Character
            if scalar.properties.isUppercase {
                c = "X"
            } else if scalar.properties.isLowercase {
                c = "x"
            } else if scalar.value >= 48 && scalar.value <= 57 {
                c = "d"
            } else {
                c = Character(scalar)
            }
            shape.append(c)
            if c != last { short.append(c) }
            last = c
        }
        return (shape, short)
    }

    /// FNV-1a over the UTF-8 bytes.
    static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01B3
        }
        return value
    }

    /// FNV-1a over bytes.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01B3
        }
        return value
    }

    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Document-level facts for the name recognizer: which words the document writes capitalized in the
/// middle of a sentence and which in lower case.
public struct NERVocabulary: Sendable {
    var capitalizedElsewhere: Set<String> = []
    var lowercaseElsewhere: Set<String> = []
    /// For capitalized words, the contexts the document shows them in anywhere (a bit each): after a
    /// title, after a place preposition, before a verb of saying, in a run with an organization word,
    /// in a run that starts with a given name, inside a longer capitalized run, last in such a run.
    var contexts: [String: UInt16] = [:]

    private static let placePrepositions: Set<String> = ["in", "at", "from", "near", "to", "into", "outside"]

    /// Collects the facts from a document's sentences (as word lists).
    public init(sentences: [[String]]) {
        for words in sentences {
            var runStart: Int?
            for (index, word) in words.enumerated() {
                guard let first = word.unicodeScalars.first, first.properties.isAlphabetic else {
                    if let start = runStart { markRun(words, start, index) }
                    runStart = nil
                    continue
                }
                let lower = Tokenizer.lowercase(word)
                if first.properties.isUppercase {
                    if index > 0 { capitalizedElsewhere.insert(lower) }
                    if runStart == nil { runStart = index }
                    var bits: UInt16 = 0
                    if index > 0, words[index - 1] == "(" { bits |= 256 }
                    if index + 1 < words.count, words[index + 1].first?.isNumber == true { bits |= 512 }
                    if index + 1 < words.count, words[index + 1] == "'s" { bits |= 1024 }
                    if index > 0 {
                        let before = Tokenizer.lowercase(words[index - 1])
                        if Gazetteer.personTitles.contains(before) { bits |= 1 }
                        if Self.placePrepositions.contains(before) { bits |= 2 }
                    }
                    if index + 1 < words.count, Gazetteer.speechVerbs.contains(words[index + 1]) { bits |= 4 }
                    contexts[lower, default: 0] |= bits
                } else {
                    lowercaseElsewhere.insert(word)
                    if let start = runStart { markRun(words, start, index) }
                    runStart = nil
                }
            }
            if let start = runStart { markRun(words, start, words.count) }
        }
    }

    private mutating func markRun(_ words: [String], _ start: Int, _ end: Int) {
        guard end - start >= 2 else { return }
        let lowered = words[start..<end].map { Tokenizer.lowercase($0) }
        let hasOrganizationWord = lowered.contains { Gazetteer.organizationWords.contains($0) }
        let startsWithGivenName = Gazetteer.givenNames.contains(lowered[0])
        let afterThe = start > 0 && Tokenizer.lowercase(words[start - 1]) == "the"
        let hasPlace = lowered.contains { Gazetteer.placeNames.contains($0) }
        for (offset, word) in lowered.enumerated() {
            var bits: UInt16 = 32
            if afterThe { bits |= 128 }
            if hasPlace { bits |= 2048 }
            if hasOrganizationWord { bits |= 8 }
            if startsWithGivenName { bits |= 16 }
            if offset == lowered.count - 1 { bits |= 64 }
            contexts[word, default: 0] |= bits
        }
    }

    /// The context bits of a word.
    func context(_ lower: String) -> UInt16 {
        contexts[lower] ?? 0
    }
}
