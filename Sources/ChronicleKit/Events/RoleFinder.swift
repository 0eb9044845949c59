/// Who did what to whom, where the grammar of the clause shows it: the agent (the subject of an active
/// verb, or the "by" phrase of a passive one) and the patient (the object of an active verb, or the
/// subject of a passive one). "Hajib was arrested by the police" has the police as agent and Hajib as
/// patient; "The DST recruited Hajib" the other way round. Event nouns get no roles.
struct RoleFinder {
    let tokens: [Token]
    let bounds: Range<Int>
    /// The actor mentions of the sentence: their index in the document and first and last token.
    let actors: [(index: Int, first: Int, last: Int)]

    private static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being", "get", "got"]
    private static let clauseBreaks: WordSet = [";", ":", ".", "\u{2014}", "(", ")", "\u{201C}", "\""]
    private static let relativeWords: WordSet = ["who", "which", "that", "whom", "whose", "where", "when"]
    private static let objectFillers: WordSet = [
        "the", "a", "an", "his", "her", "their", "its", "two", "three", "several", "former", "alleged", "top",
    ]

    /// The agents and patients (mention indices) of a verb at token `verb`.
    func roles(verb: Int) -> (agents: [Int], patients: [Int]) {
        var before = verb - 1
        while before >= bounds.lowerBound, tokens[before].lower.hasSuffix("ly") || tokens[before].lower == "not" {
            before -= 1
        }
        let passive = before >= bounds.lowerBound && Self.beForms.contains(tokens[before].lower)
        let subject = subject(before: passive ? before : verb)
        if passive {
            return (byPhrase(after: verb).map { [$0] } ?? [], subject.map { [$0] } ?? [])
        }
        return (subject.map { [$0] } ?? [], object(after: verb).map { [$0] } ?? [])
    }

    /// The nearest actor before the verb in the same clause ("Hajib, a former boxer, fled": Hajib).
    private func subject(before verb: Int) -> Int? {
        var limit = verb
        var index = verb - 1
        while index >= bounds.lowerBound, verb - index <= 16 {
            let word = tokens[index].lower
            if Self.clauseBreaks.contains(word) { break }
            // "the man who met X fled": the relative clause's words are not the subject of "fled".
            if Self.relativeWords.contains(word), index + 1 < verb, index > bounds.lowerBound,
                tokens[index - 1].text == ","
            {
                limit = index
            }
            index -= 1
        }
        let floor = index
        return actors.last { $0.last < limit && $0.last > floor && !isInPrepositionalPhrase($0.first) }?.index
    }

    /// The actor straight after the verb, with only articles or adjectives between ("arrested two
    /// members of Al Qaeda" gives no object: "members" is not a name).
    private func object(after verb: Int) -> Int? {
        var index = verb + 1
        while index < bounds.upperBound, index - verb <= 4 {
            if let actor = actors.first(where: { $0.first == index }) { return actor.index }
            guard Self.objectFillers.contains(tokens[index].lower) || tokens[index].text == "\u{AB}" else { return nil }
            index += 1
        }
        return nil
    }

    /// The actor after "by" within a few words of a passive verb.
    private func byPhrase(after verb: Int) -> Int? {
        var index = verb + 1
        while index < bounds.upperBound, index - verb <= 6 {
            if tokens[index].lower == "by" {
                return actors.first { $0.first > index && $0.first <= index + 3 }?.index
            }
            if Self.clauseBreaks.contains(tokens[index].text) || tokens[index].text == "," { return nil }
            index += 1
        }
        return nil
    }

    /// Whether the mention follows a preposition ("in the name of X", "with X"): then it is not a subject.
    private func isInPrepositionalPhrase(_ first: Int) -> Bool {
        var index = first - 1
        while index >= bounds.lowerBound, Self.objectFillers.contains(tokens[index].lower) { index -= 1 }
        guard index >= bounds.lowerBound else { return false }
        return ["of", "with", "in", "to", "for", "from", "against", "on", "about", "at", "by", "between"].contains(
            tokens[index].lower)
    }
}
