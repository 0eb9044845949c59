/// Tags the words of a sentence with IOB2 name tags, greedily left to right with the tags already
/// chosen as features, never producing an inside tag that does not continue a name of its type.
public struct NERTagger: Sendable {
    /// The model.
    public var model: NERModel

    /// Creates a tagger.
    public init(model: NERModel) {
        self.model = model
    }

    /// The tags of one sentence.
    /// - Parameters:
    ///   - words: the sentence's words (the vocabulary should have been given them; others are tagged
    ///     too, with their facts worked out afresh each time).
    ///   - vocabulary: facts about the whole document.
    ///   - memory: the type given to each capitalized word earlier in the document; updated. A memory
    ///     belongs to one document: given with another vocabulary, it starts over.
    public func tags(_ words: [String], vocabulary: NERVocabulary, memory: inout NERMemory) -> [NERTag] {
        tags(words.map { vocabulary.number(of: $0) ?? -1 }, words: words, vocabulary: vocabulary, memory: &memory)
    }

    /// The tags of the vocabulary's sentence `index`, as given to ``NERVocabulary/init(sentences:)``.
    func tags(sentence index: Int, vocabulary: NERVocabulary, memory: inout NERMemory) -> [NERTag] {
        tags(vocabulary.numberedSentences[index], words: nil, vocabulary: vocabulary, memory: &memory)
    }

    /// The tags of a sentence given as word numbers (-1 for a word the vocabulary lacks, then read from
    /// `words`).
    private func tags(_ numbers: [Int32], words: [String]?, vocabulary: NERVocabulary, memory: inout NERMemory)
        -> [NERTag]
    {
        memory.adopt(vocabulary)
        // Facts are worked out only for the words the model is asked about and their neighbours, once per
        // distinct word of the document.
        var facts = [NERFeatures.TokenFacts?](repeating: nil, count: numbers.count)
        func fact(_ index: Int) -> NERFeatures.TokenFacts? {
            guard index >= 0 && index < numbers.count else { return nil }
            if let known = facts[index] { return known }
            let number = numbers[index]
            let computed: NERFeatures.TokenFacts
            if number < 0 {
                var unknown = NERFeatures.facts(of: words![index], vocabulary: vocabulary)
                if unknown.lowerNumber < 0 {
                    // Remembered under a number of the memory's own, as a word the vocabulary has is.
                    unknown.lowerNumber = memory.number(
                        ofUnknownLower: Tokenizer.lowercase(words![index]), after: vocabulary.lowers.count)
                }
                computed = unknown
            } else if let remembered = memory.facts[Int(number)] {
                computed = remembered
            } else {
                computed = NERFeatures.facts(ofWordNumbered: number, vocabulary: vocabulary)
                memory.facts[Int(number)] = computed
            }
            facts[index] = computed
            return computed
        }
        let traits = numbers.indices.map { index in
            numbers[index] >= 0
                ? vocabulary.traits[Int(numbers[index])] : NERVocabulary.WordTraits(unknown: words![index])
        }
        var tags: [NERTag] = []
        tags.reserveCapacity(numbers.count)
        var features: [Int] = []
        var scores = [Float](repeating: 0, count: NERModel.tagCount)
        for index in numbers.indices {
            let previous = index > 0 ? tags[index - 1] : .outside
            // Outside a name, the model is asked only about the words that could start one.
            if previous == .outside,
                !Self.mayStartName(traits[index], before: index + 1 < traits.count ? traits[index + 1] : nil)
            {
                tags.append(.outside)
                continue
            }
            let previous2 = index > 1 ? tags[index - 2] : .outside
            let token = fact(index)!
            NERFeatures.features(
                window: (fact(index - 2), fact(index - 1), token, fact(index + 1), fact(index + 2)),
                isFirst: index == 0, previous: previous, previous2: previous2, remembered: memory.recall(token),
                into: &features)
            model.score(features, into: &scores)
            let best = Self.bestTag(scores, after: previous)
            memory.note(token, best)
            tags.append(best)
        }
        return tags
    }
}

extension NERTagger {
    /// Whether a word starts with a lower-case letter (ASCII checked without Unicode tables).
    static func startsLowercase(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first < 0x80 { return first >= 0x61 && first <= 0x7A }
        return word.unicodeScalars.first?.properties.isLowercase ?? false
    }

    /// Whether a word, outside a name, may start one (the model is asked about it only then). Not a
    /// separating or closing mark; not a bare number ("300 shares", "rose 2.5%") unless a capitalized word
    /// follows it ("1860 Munich"; "3M" and "7-Eleven" are no bare numbers); not a lower-case word ("de" and
    /// "van" only continue names) unless it or the next is an organization word ("the interior ministry").
    static func mayStartName(_ word: NERVocabulary.WordTraits, before next: NERVocabulary.WordTraits?) -> Bool {
        if word.isClosingMark { return false }
        if word.isNumeral { return next?.capitalized == true }
        if word.startsLowercase { return word.isOrganizationWord || next?.isOrganizationWord == true }
        return true
    }

    /// Whether a word is a separating or closing mark (`.` `,` `;` `:` `!` `?` `)` `]` `>`, a dash or slash
    /// between words, a straight double quote) or a possessive `'s`, which never starts a name. Opening
    /// marks are left to the model: Reuters writes company names as `<Name>`.
    static func isClosingMark(_ word: String) -> Bool {
        if word == "'s" || word == "\u{2019}s" { return true }
        guard word.utf8.count == 1, let first = word.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: ">"), UInt8(ascii: "-"),
            UInt8(ascii: "/"), UInt8(ascii: "\""):
            return true
        default:
            return false
        }
    }

    /// The highest-scoring tag that may follow `previous` (an inside tag only continues its own type).
    static func bestTag(_ scores: [Float], after previous: NERTag) -> NERTag {
        var best = NERTag.outside
        var bestScore = -Float.infinity
        for tag in NERTag.allCases where tag.canFollow(previous) && scores[tag.rawValue] > bestScore {
            best = tag
            bestScore = scores[tag.rawValue]
        }
        return best
    }
}

/// What the tagger decided about capitalized words earlier in the same document.
public struct NERMemory: Sendable {
    /// The type last given to each capitalized word, by the number of its lower-case form.
    private var types: [NERTag?] = []
    /// The features of words already seen in the document, which do not change within it, by word number.
    var facts: [NERFeatures.TokenFacts?] = []
    /// The vocabulary the numbers belong to.
    private var owner: NERVocabulary.Identity?
    /// Numbers, after the vocabulary's, for the lower-case forms of words it was not given.
    private var unknownLowers: [String: Int32] = [:]

    /// An empty memory, for a new document.
    public init() {}

    /// Makes room for the words of `vocabulary`; starts over if the numbers were another vocabulary's.
    mutating func adopt(_ vocabulary: NERVocabulary) {
        if let owner, owner !== vocabulary.identity {
            types = []
            facts = []
            unknownLowers = [:]
        }
        owner = vocabulary.identity
        if facts.count < vocabulary.words.count {
            facts.append(contentsOf: repeatElement(nil, count: vocabulary.words.count - facts.count))
        }
    }

    /// The number under which the lower-case form `lower`, which the vocabulary lacks, is remembered
    /// (numbers from `count`, the vocabulary's own count of forms).
    mutating func number(ofUnknownLower lower: String, after count: Int) -> Int32 {
        if let known = unknownLowers[lower] { return known }
        let number = Int32(count + unknownLowers.count)
        unknownLowers[lower] = number
        return number
    }

    func recall(_ token: NERFeatures.TokenFacts) -> NERTag? {
        guard token.isCapitalized, token.lowerNumber >= 0, Int(token.lowerNumber) < types.count else { return nil }
        return types[Int(token.lowerNumber)]
    }

    mutating func note(_ token: NERFeatures.TokenFacts, _ tag: NERTag) {
        guard token.isCapitalized, token.lowerNumber >= 0 else { return }
        let number = Int(token.lowerNumber)
        if number >= types.count { types.append(contentsOf: repeatElement(nil, count: number + 1 - types.count)) }
        types[number] = tag.begin
    }
}

/// Trains the name recognizer's averaged perceptron on tagged sentences.
public struct NERTrainer: Sendable {
    /// A training sentence: words and their IOB2 tags, with the document the sentence belongs to.
    public struct Example: Sendable {
        public var words: [String]
        public var tags: [NERTag]
        public var documentIndex: Int

        public init(words: [String], tags: [NERTag], documentIndex: Int) {
            self.words = words
            self.tags = tags
            self.documentIndex = documentIndex
        }
    }

    /// Passes over the data.
    public var epochs: Int

    /// Creates a trainer.
    public init(epochs: Int = 14) {
        self.epochs = epochs
    }

    /// Trains a model; `progress` is called after each pass with its number and token accuracy.
    public func train(_ examples: [Example], progress: (Int, Double) -> Void = { _, _ in }) -> NERModel {
        var vocabularies: [Int: NERVocabulary] = [:]
        for (document, group) in Dictionary(grouping: examples, by: \.documentIndex) {
            vocabularies[document] = NERVocabulary(sentences: group.map(\.words))
        }
        let facts = examples.map { NERFeatures.facts($0.words, vocabulary: vocabularies[$0.documentIndex]!) }
        var model = NERModel.empty
        var totals = [Float](repeating: 0, count: model.weights.count)
        var stamps = [Int32](repeating: 0, count: model.weights.count)
        var step: Int32 = 1
        var features: [Int] = []
        var scores = [Float](repeating: 0, count: NERModel.tagCount)
        // Documents in a fixed shuffled order per pass (reproducible), sentences in document order, so the
        // document memory sees what it would see at tagging time.
        var generator = SplitMix(seed: 2003)
        let byDocument = Dictionary(grouping: examples.indices, by: { examples[$0].documentIndex })
        for epoch in 1...epochs {
            var documents = byDocument.keys.sorted()
            documents.shuffle(using: &generator)
            var correct = 0
            var total = 0
            var memory = NERMemory()
            var currentDocument = -1
            for index in documents.flatMap({ byDocument[$0]! }) {
                let example = examples[index]
                if example.documentIndex != currentDocument {
                    memory = NERMemory()
                    currentDocument = example.documentIndex
                }
                var predicted: [NERTag] = []
                for position in example.words.indices {
                    // Features from the model's own previous guesses, as at tagging time.
                    let previous = position > 0 ? predicted[position - 1] : .outside
                    let previous2 = position > 1 ? predicted[position - 2] : .outside
                    let token = facts[index][position]
                    NERFeatures.features(
                        facts[index], position, previous: previous, previous2: previous2,
                        remembered: memory.recall(token),
                        into: &features)
                    model.score(features, into: &scores)
                    let guess = NERTagger.bestTag(scores, after: previous)
                    let truth = example.tags[position]
                    if guess != truth {
                        for feature in features {
                            for (tag, delta) in [(truth.rawValue, Float(1)), (guess.rawValue, Float(-1))] {
                                let slot = feature * NERModel.tagCount + tag
                                totals[slot] += Float(step - stamps[slot]) * model.weights[slot]
                                stamps[slot] = step
                                model.weights[slot] += delta
                            }
                        }
                    } else {
                        correct += 1
                    }
                    total += 1
                    memory.note(token, guess)
                    predicted.append(guess)
                    step += 1
                }
            }
            progress(epoch, Double(correct) / Double(max(total, 1)))
        }
        // Average: each weight's total over all steps, divided by the number of steps.
        for slot in model.weights.indices {
            totals[slot] += Float(step - stamps[slot]) * model.weights[slot]
            model.weights[slot] = totals[slot] / Float(step)
        }
        return model
    }
}

/// A small deterministic random number generator (SplitMix64).
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
