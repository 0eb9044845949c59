/// An event word found in a sentence.
struct Trigger: Hashable {
    /// Token index.
    var index: Int
    /// As written.
    var text: String
    /// Base form.
    var lemma: String
    /// Whether it is a verb (else an event noun).
    var isVerb: Bool
}

/// Finds event words, telling verbs from the nouns and adjectives that share their spelling.
struct TriggerFinder {
    let tokens: [Token]
    let bounds: Range<Int>
    /// The language's event words.
    let words: EventWords

    private static let determiners: WordSet = [
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "any", "every", "no",
        "whose", "such", "first", "last", "new", "secret", "official", "joint", "major",
    ]
    private static let auxiliaries: WordSet = [
        "is", "are", "was", "were", "be", "been", "being", "am", "after", "before", "by", "while", "for", "from",
        "without", "of", "in", "on", "since", "upon", "about", "keep", "kept", "started", "began", "stop", "stopped",
        "step", "steps", "continue", "continued", "went",
    ]
    private static let baseFormCues: WordSet = [
        "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do", "not",
        "never", "they", "we", "i", "you", "'ll", "n't",
    ]

    /// The event words of the sentence, verbs before nouns where both could be the main event.
    func triggers() -> [Trigger] {
        var found: [Trigger] = []
        for index in bounds where tokens[index].kind == .word {
            let token = tokens[index]
            if token.isCapitalized && index != bounds.lowerBound { continue }
            let word = token.lower
            var previous = index > bounds.lowerBound ? tokens[index - 1].lower : ""
            // Look through an adverb: "officially severing", "was formally charged".
            if previous.hasSuffix("ly"), index - 2 >= bounds.lowerBound { previous = tokens[index - 2].lower }
            if let lemma = words.verbLemma(word), isVerbUse(word, lemma: lemma, previous: previous) {
                found.append(Trigger(index: index, text: token.text, lemma: lemma, isVerb: true))
            } else if words.nouns.contains(word) {
                let lemma = word.hasSuffix("s") && word != "talks" && word != "clashes" ? String(word.dropLast()) : word
                found.append(Trigger(index: index, text: token.text, lemma: lemma, isVerb: false))
            }
        }
        // A main verb first; infinitives ("to extradite") and nouns after.
        return found.sorted { rank($0) < rank($1) || rank($0) == rank($1) && $0.index < $1.index }
    }

    private func rank(_ trigger: Trigger) -> Int {
        guard trigger.isVerb else { return 2 }
        return trigger.index > bounds.lowerBound && tokens[trigger.index - 1].lower == "to" ? 1 : 0
    }

    private func isVerbUse(_ word: String, lemma: String, previous: String) -> Bool {
        if Self.determiners.contains(previous) { return false }
        if word.hasSuffix("ing") { return Self.auxiliaries.contains(previous) }
        if word == lemma { return Self.baseFormCues.contains(previous) }
        if word.hasSuffix("s") && !word.hasSuffix("ss") && words.nouns.contains(word) {
            return !Self.determiners.contains(previous) && previous != "and"
        }
        return true
    }

    /// The trigger closest to a time expression, preferring one before it in the same clause.
    static func nearest(_ triggers: [Trigger], to range: TextRange, in tokens: [Token]) -> Trigger? {
        triggers.min { a, b in
            distance(a, range, tokens) < distance(b, range, tokens)
        }
    }

    private static func distance(_ trigger: Trigger, _ range: TextRange, _ tokens: [Token]) -> Int {
        let position = tokens[trigger.index].range.start
        let gap = position < range.start ? range.start - position : position - range.end
        // A date after its verb belongs to it ("was arrested in 2010 and sentenced to ..."): a verb
        // that follows the date across a conjunction or a comma starts another event.
        var crossesClause = false
        if position > range.end {
            var index = trigger.index - 1
            while index >= 0, tokens[index].range.start >= range.end {
                if ["and", "but", "then", ",", ";"].contains(tokens[index].lower) { crossesClause = true }
                index -= 1
            }
        }
        // Verbs anchor dates better than nouns.
        return gap + (trigger.isVerb ? 0 : 40) + (crossesClause ? 60 : 0)
    }
}
