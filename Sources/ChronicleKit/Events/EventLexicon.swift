/// English verb morphology for the event words: the suffix rules that find a verb from its inflected
/// forms ("planned" -> "plan", "dies" -> "die"). The words themselves are data, in the language's
/// `event-*.txt` files (``EventWords``).
enum EventLexicon {
    /// Every form of `verbs` the rules and `irregular` can reach, with its verb, so that a lookup is one
    /// table read instead of trying each rule.
    static func inflections(of verbs: WordSet, irregular: WordMap<String>) -> WordMap<String> {
        var candidates = Set(irregular.keys).union(verbs)
        for verb in verbs {
            for (suffix, replacement) in suffixRules where verb.hasSuffix(replacement) {
                let stem = String(verb.dropLast(replacement.count))
                candidates.insert(stem + suffix)
                if replacement.isEmpty, let last = verb.last { candidates.insert(verb + String(last) + suffix) }
            }
        }
        var table: [String: String] = [:]
        for word in candidates {
            if let lemma = ruleLemma(word, verbs: verbs, irregular: irregular) { table[word] = lemma }
        }
        return WordMap(table)
    }

    private static let suffixRules = [
        ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"),
    ]

    /// The base form by the rules: irregular forms, then suffixes (with doubled consonants).
    static func ruleLemma(_ word: String, verbs: WordSet, irregular: WordMap<String>) -> String? {
        if let lemma = irregular[word] { return verbs.contains(lemma) ? lemma : nil }
        if verbs.contains(word) { return word }
        for (suffix, replacement) in suffixRules {
            guard word.hasSuffix(suffix), word.count > suffix.count + 2 else { continue }
            let stem = String(word.dropLast(suffix.count)) + replacement
            if verbs.contains(stem) { return stem }
            // planned -> plan, stopped -> stop
            if replacement.isEmpty, let last = stem.last, stem.dropLast().last == last,
                verbs.contains(String(stem.dropLast()))
            {
                return String(stem.dropLast())
            }
        }
        return nil
    }
}
