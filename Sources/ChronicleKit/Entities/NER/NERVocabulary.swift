/// Document-level facts for the name recognizer: which words the document writes capitalized in the
/// middle of a sentence and which in lower case.
///
/// The document's distinct words are numbered once, as written and in lower case, so that the tagger
/// and its memory look each word up by number instead of hashing it again and again.
public struct NERVocabulary: Sendable {
    /// What the document shows of a word: written capitalized mid-sentence, written in lower case, and
    /// for capitalized words the contexts it appears in anywhere (a bit each): after a title, after a
    /// place preposition, before a verb of saying, in a run with an organization word, in a run that
    /// starts with a given name, inside a longer capitalized run, last in such a run.
    struct Entry {
        var capitalized = false
        var lowercase = false
        var context: UInt16 = 0
    }

    /// What the tagger and the context bits ask of a word as written, worked out once per distinct word.
    struct WordTraits {
        /// Starts with a letter.
        var startsWithLetter = false
        /// Starts with an upper-case letter.
        var capitalized = false
        /// Starts with a lower-case letter (ASCII checked without Unicode tables).
        var startsLowercase = false
        /// Equal to its lower-case form.
        var isLowerCase = false
        var isOpeningParenthesis = false
        var isPossessive = false
        var startsWithNumber = false
        /// Digits with separators only ("300", "1,500", "2-1", "3.5%"), not "3M" or "7-Eleven".
        var isNumeral = false
        var isSpeechVerb = false
        /// One of ``Gazetteer/organizationWords`` as written ("Ministry" is not, "ministry" is).
        var isOrganizationWord = false
        /// A separating or closing mark, which never starts a name.
        var isClosingMark = false

        init(_ word: String, lower: String) {
            if let first = word.unicodeScalars.first {
                let isASCII = first.value < 0x80
                startsWithLetter =
                    isASCII
                    ? (first.value | 0x20 >= 0x61 && first.value | 0x20 <= 0x7A) : first.properties.isAlphabetic
                capitalized = startsWithLetter && (isASCII ? first.value <= 0x5A : first.properties.isUppercase)
            }
            startsLowercase = NERTagger.startsLowercase(word)
            isLowerCase = word == lower
            isOpeningParenthesis = word == "("
            isPossessive = word == "'s"
            // As `Character.isNumber`, without making a character of an ASCII first byte.
            if let byte = word.utf8.first, byte < 0x80 {
                startsWithNumber = byte >= 0x30 && byte <= 0x39
            } else {
                startsWithNumber = word.first?.isNumber == true
            }
            isNumeral =
                startsWithNumber
                && word.utf8.allSatisfy {
                    ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2E || $0 == 0x2F || $0 == 0x3A || $0 == 0x2D
                        || $0 == 0x25
                }
            isSpeechVerb = Gazetteer.speechVerbs.contains(word)
            isOrganizationWord = Gazetteer.organizationWords.contains(word)
            isClosingMark = NERTagger.isClosingMark(word)
        }

        /// The traits of a word the vocabulary was not given.
        init(unknown word: String) {
            self.init(word, lower: Tokenizer.lowercase(word))
        }
    }

    /// What the context bits ask of a lower-case form, worked out once per distinct form.
    private struct LowerTraits {
        var isTitle = false
        var isPlacePreposition = false
        var isOrganizationWord = false
        var isGivenName = false
        var isPlaceName = false
    }

    /// The number of each distinct word as written.
    private let wordNumbers: WordNumbering
    /// The words as written, by number.
    var words: [String] { wordNumbers.words }
    /// What each word is, by number.
    let traits: [WordTraits]
    /// The number of each word's lower-case form, by word number.
    let lowerOfWord: [Int32]
    /// The number of each distinct lower-case form.
    private let lowerNumbers: [String: Int32]
    /// The lower-case forms, by number.
    let lowers: [String]
    /// What the document shows of each lower-case form, by its number.
    private let entries: [Entry]
    /// The sentences given, as word numbers.
    let numberedSentences: [[Int32]]
    /// Tells memories which vocabulary their numbers belong to.
    let identity = Identity()

    /// Compared by reference only.
    final class Identity: Sendable {}

    private static let placePrepositions: WordSet = ["in", "at", "from", "near", "to", "into", "outside"]

    /// Collects the facts from a document's sentences (as word lists).
    public init(sentences: [[String]]) {
        // About one distinct word in two: room for them up front instead of growing the tables step by step.
        let capacity = sentences.reduce(0) { $0 + $1.count } / 2
        var wordNumbers = WordNumbering(capacity: capacity)
        var lowerNumbers: [String: Int32] = [:]
        lowerNumbers.reserveCapacity(capacity)
        var traits: [WordTraits] = []
        var lowerOfWord: [Int32] = []
        var lowers: [String] = []
        var numberedSentences: [[Int32]] = []
        numberedSentences.reserveCapacity(sentences.count)
        for sentence in sentences {
            var numbers: [Int32] = []
            numbers.reserveCapacity(sentence.count)
            for word in sentence {
                let (number, isNew) = wordNumbers.number(word)
                if isNew {
                    let lower = Tokenizer.lowercase(word)
                    traits.append(WordTraits(word, lower: lower))
                    var isNewLower = false
                    lowerOfWord.append(
                        Self.claim(&lowerNumbers[lower, default: -1], next: Int32(lowers.count), isNew: &isNewLower))
                    if isNewLower { lowers.append(lower) }
                }
                numbers.append(number)
            }
            numberedSentences.append(numbers)
        }
        var entries = [Entry](repeating: Entry(), count: lowers.count)
        // Asked only of the words around capitalized ones, and worked out once per form.
        var lowerTraits = [LowerTraits?](repeating: nil, count: lowers.count)
        func lowerTraitsOf(_ number: Int32) -> LowerTraits {
            if let known = lowerTraits[Int(number)] { return known }
            let computed = Self.lowerTraits(of: lowers[Int(number)])
            lowerTraits[Int(number)] = computed
            return computed
        }

        /// Marks the words of a capitalized run of two or more.
        func markRun(_ sentence: [Int32], _ start: Int, _ end: Int) {
            guard end - start >= 2 else { return }
            let lowered = sentence[start..<end].map { lowerOfWord[Int($0)] }
            let hasOrganizationWord = lowered.contains { lowerTraitsOf($0).isOrganizationWord }
            let startsWithGivenName = lowerTraitsOf(lowered[0]).isGivenName
            let afterThe = start > 0 && lowers[Int(lowerOfWord[Int(sentence[start - 1])])] == "the"
            let hasPlace = lowered.contains { lowerTraitsOf($0).isPlaceName }
            for (offset, lower) in lowered.enumerated() {
                var bits: UInt16 = 32
                if afterThe { bits |= 128 }
                if hasPlace { bits |= 2048 }
                if hasOrganizationWord { bits |= 8 }
                if startsWithGivenName { bits |= 16 }
                if offset == lowered.count - 1 { bits |= 64 }
                entries[Int(lower)].context |= bits
            }
        }

        for sentence in numberedSentences {
            var runStart: Int?
            for (index, number) in sentence.enumerated() {
                let word = traits[Int(number)]
                guard word.startsWithLetter else {
                    if let start = runStart { markRun(sentence, start, index) }
                    runStart = nil
                    continue
                }
                let lower = Int(lowerOfWord[Int(number)])
                if word.capitalized {
                    if runStart == nil { runStart = index }
                    var bits: UInt16 = 0
                    if index > 0, traits[Int(sentence[index - 1])].isOpeningParenthesis { bits |= 256 }
                    if index + 1 < sentence.count {
                        let next = traits[Int(sentence[index + 1])]
                        if next.startsWithNumber { bits |= 512 }
                        if next.isPossessive { bits |= 1024 }
                        if next.isSpeechVerb { bits |= 4 }
                    }
                    if index > 0 {
                        let before = lowerTraitsOf(lowerOfWord[Int(sentence[index - 1])])
                        if before.isTitle { bits |= 1 }
                        if before.isPlacePreposition { bits |= 2 }
                    }
                    if index > 0 { entries[lower].capitalized = true }
                    entries[lower].context |= bits
                } else {
                    // A word written in lower case is noted as such; one with capitals inside ("iPhone") is
                    // no word's lower-case form, so nothing asks about it.
                    if word.isLowerCase { entries[lower].lowercase = true }
                    if let start = runStart { markRun(sentence, start, index) }
                    runStart = nil
                }
            }
            if let start = runStart { markRun(sentence, start, sentence.count) }
        }
        self.wordNumbers = wordNumbers
        self.lowerNumbers = lowerNumbers
        self.traits = traits
        self.lowerOfWord = lowerOfWord
        self.lowers = lowers
        self.entries = entries
        self.numberedSentences = numberedSentences
    }

    private static func lowerTraits(of lower: String) -> LowerTraits {
        LowerTraits(
            isTitle: Gazetteer.personTitles.contains(lower), isPlacePreposition: placePrepositions.contains(lower),
            isOrganizationWord: Gazetteer.organizationWords.contains(lower),
            isGivenName: Gazetteer.givenNames.contains(lower), isPlaceName: Gazetteer.placeNames.contains(lower))
    }

    /// The number in `slot` (a table's entry for a word), given the number `next` first if it had none.
    private static func claim(_ slot: inout Int32, next: Int32, isNew: inout Bool) -> Int32 {
        if slot < 0 {
            slot = next
            isNew = true
        }
        return slot
    }

    /// The number of a word as written, if the vocabulary was given it.
    func number(of word: String) -> Int32? {
        wordNumbers.existingNumber(word)
    }

    /// The number of a lower-case form, if the vocabulary has it.
    func lowerNumber(of lower: String) -> Int32? {
        lowerNumbers[lower]
    }

    /// What the document shows of a word (by its lower-case form).
    func entry(_ lower: String) -> Entry {
        lowerNumbers[lower].map { entries[Int($0)] } ?? Entry()
    }

    /// What the document shows of the lower-case form numbered `lowerNumber`.
    func entry(lowerNumber: Int32) -> Entry {
        entries[Int(lowerNumber)]
    }
}
