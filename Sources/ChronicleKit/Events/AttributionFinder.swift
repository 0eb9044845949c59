/// Finds who a sentence attributes its content to: "according to X", "X said", "said X".
struct AttributionFinder {
    let tokens: [Token]
    let sentence: Sentence
    let mentions: [(index: Int, mention: EntityMention)]
    let tokenOfOffset: (Int) -> Int?

    /// The attribution, or `nil` when the author speaks.
    func attribution() -> (attribution: Attribution, mentionIndex: Int?, cueIndex: Int)? {
        let lo = sentence.tokens.lowerBound
        let hi = sentence.tokens.upperBound
        for i in lo..<hi where tokens[i].lower == "according" && i + 2 < hi && tokens[i + 1].lower == "to" {
            return source(after: i + 2, cue: "according to").map { ($0.0, $0.1, i) }
        }
        for i in lo..<hi where tokens[i].kind == .word && Self.sourceVerbs.contains(tokens[i].lower) {
            if let found = source(before: i, cue: tokens[i].lower) { return (found.0, found.1, i) }
            // "..., said Hammouchi": the speaker after the verb only in inverted reports.
            if Self.invertedVerbs.contains(tokens[i].lower), i > lo,
                [",", "\u{201D}", "\"", "\u{BB}"].contains(tokens[i - 1].text),
                i + 1 < hi, tokens[i + 1].isCapitalized, let found = source(after: i + 1, cue: tokens[i].lower)
            {
                return (found.0, found.1, i)
            }
        }
        return nil
    }

    /// Verbs that introduce what someone says, denials included ("the ministry rejected reports that ...").
    static let sourceVerbs = Gazetteer.speechVerbs.union([
        "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes", "declined", "disputed", "disputes",
        "states", "notes", "adds", "reports", "explains", "maintains", "maintained", "insists", "acknowledged",
        "admitted", "admits", "testified", "recalled", "recalls", "estimated", "estimates",
    ])

    /// Nouns for texts that can speak ("the memo states"), which "it" may point back to.
    static let documentNouns: WordSet = [
        "memo", "document", "report", "letter", "statement", "cable", "correspondence", "dossier", "communique",
        "study", "survey", "investigation", "indictment", "ruling", "verdict",
    ]

    /// The last text named as a subject in this sentence ("The four-page memo, registered as ..."), as
    /// written from its determiner.
    func documentPhrase() -> String? {
        let lo = sentence.tokens.lowerBound
        for i in sentence.tokens where Self.documentNouns.contains(tokens[i].lower) {
            var start = i
            while start > lo, i - start < 4, tokens[start - 1].kind == .word || tokens[start - 1].text == "-" {
                start -= 1
                if ["the", "a", "an", "this", "that"].contains(tokens[start].lower) { break }
            }
            guard ["the", "this", "that"].contains(tokens[start].lower) else { continue }
            return "the" + (tokens[start + 1].spaceBefore ? " " : "") + tokens.text(start + 1..<i + 1)
        }
        return nil
    }

    /// Nouns that stand for someone's claims, so that "these revelations" can point back to their owner.
    static let claimNouns: WordSet = [
        "allegations", "revelations", "accusations", "claims", "testimony", "disclosures", "confessions",
        "allegation", "revelation", "accusation", "claim", "confession",
    ]

    /// Who a claim in this sentence comes from: "allegations from a former deputy director of the DST",
    /// "revelations by X", "X's allegations", or the named speaker of the sentence.
    func claimOwner() -> (attribution: Attribution, mentionIndex: Int?)? {
        let lo = sentence.tokens.lowerBound
        let hi = sentence.tokens.upperBound
        for i in lo..<hi where Self.claimNouns.contains(tokens[i].lower) {
            if i + 2 < hi, ["from", "by", "of"].contains(tokens[i + 1].lower) {
                var start = i + 2
                if ["a", "an", "the", "this", "that"].contains(tokens[start].lower), start + 1 < hi { start += 1 }
                if let found = ownerPhrase(at: start, cue: tokens[i].lower) { return found }
            }
            // "Hajib's claims": the possessor just before.
            if i >= lo + 2, tokens[i - 1].lower == "s" || tokens[i - 1].text == "'s",
                let found = source(before: i - 1, cue: tokens[i].lower), found.1 != nil
            {
                return found
            }
        }
        return nil
    }

    /// The person a claim noun is "from": a name starting there, else the noun phrase up to the clause's
    /// end ("former deputy director of the Moroccan DST").
    private func ownerPhrase(at start: Int, cue: String) -> (Attribution, Int?)? {
        if let (index, mention) = mentions.first(where: { tokenOfOffset($0.mention.range.start) == start }),
            mention.kind == .person
        {
            return (Attribution(source: mention.text, cue: cue), index)
        }
        var end = start
        while end < sentence.tokens.upperBound, end < start + 9, tokens[end].kind != .punctuation,
            !["now", "who", "which", "that", "and", "with", "in", "on"].contains(tokens[end].lower)
        {
            end += 1
        }
        guard end > start else { return nil }
        return (Attribution(source: tokens.text(start..<end), cue: cue), nil)
    }

    /// Whether the sentence speaks of earlier claims ("these revelations", "the allegations").
    func refersBackToClaims() -> Bool {
        let lo = sentence.tokens.lowerBound
        let hi = sentence.tokens.upperBound
        for i in lo..<hi where ["these", "those", "such", "the", "his", "her", "their"].contains(tokens[i].lower) {
            for j in (i + 1)..<min(hi, i + 3) where Self.claimNouns.contains(tokens[j].lower) { return true }
        }
        return false
    }

    /// A source that names nobody in particular ("multiple sources", "reports"), which a claim's owner
    /// named just before says more about.
    static func isVague(_ attribution: Attribution) -> Bool {
        guard attribution.mentionIndex == nil else { return false }
        let words = attribution.source.lowercased().split(separator: " ")
        return words.count <= 3 && ["sources", "reports", "media"].contains(words.last ?? "")
    }

    private static let invertedVerbs: WordSet = [
        "said", "says", "told", "added", "wrote", "argued", "explained", "insisted",
    ]

    /// The name or noun phrase starting at token `start`: a name within the clause ("according to figures
    /// released by the interior ministry"), else the first words.
    private func source(after start: Int, cue: String) -> (Attribution, Int?)? {
        var clauseEnd = start
        while clauseEnd < sentence.tokens.upperBound, clauseEnd < start + 10,
            ![",", ".", ";", ":", "(", "\u{2014}"].contains(tokens[clauseEnd].text)
        {
            clauseEnd += 1
        }
        if let (index, mention) = mentions.first(where: {
            guard let first = tokenOfOffset($0.mention.range.start) else { return false }
            return first >= start && first < clauseEnd && $0.mention.kind != .place
        }) {
            return (Attribution(source: mention.text, cue: cue), index)
        }
        var words: [String] = []
        var i = start
        while i < sentence.tokens.upperBound, words.count < 6, tokens[i].kind != .punctuation {
            words.append(tokens[i].text)
            i += 1
        }
        guard !words.isEmpty else { return nil }
        return (Attribution(source: words.joined(separator: " "), cue: cue), nil)
    }

    /// The speaker just before a verb of saying: a named entity, or a phrase such as "security sources".
    private func source(before verb: Int, cue: String) -> (Attribution, Int?)? {
        // "the ministry strenuously denied": look past an adverb.
        var verb = verb
        if verb - 1 > sentence.tokens.lowerBound, tokens[verb - 1].lower.hasSuffix("ly"),
            tokens[verb - 1].lower.count > 4
        {
            verb -= 1
        }
        // "Ferrer Llull, who was received by the king yesterday, said": the speaker is before the
        // relative clause, not the last name in it.
        if verb - 1 > sentence.tokens.lowerBound, tokens[verb - 1].text == ",",
            let comma = RelativeClause.openingComma(
                tokens, from: verb - 2, floor: sentence.tokens.lowerBound, anchor: verb),
            comma > sentence.tokens.lowerBound
        {
            verb = comma
        }
        if let (index, mention) = mentions.last(where: {
            guard let last = tokenOfOffset($0.mention.range.end - 1) else { return false }
            return last < verb && last >= verb - 3 && $0.mention.kind != .place && $0.mention.kind != .misc
        }) {
            return (Attribution(source: mention.text, cue: cue), index)
        }
        // "Spanish security sources said", "the ministry said": a short noun phrase ending in a source word.
        var i = verb - 1
        var words: [String] = []
        while i >= sentence.tokens.lowerBound, tokens[i].kind == .word, words.count < 5 {
            words.insert(tokens[i].text, at: 0)
            i -= 1
        }
        if let head = words.last?.lowercased(), !Self.sourceNouns.contains(head) {
            // "three sources familiar with the matter told": the source noun heads a longer phrase.
            var j = verb - 1
            var phrase: [String] = []
            while j >= sentence.tokens.lowerBound, j >= verb - 9, tokens[j].kind == .word || tokens[j].text == "-" {
                phrase.insert(tokens[j].text, at: 0)
                if Self.sourceNouns.contains(tokens[j].lower),
                    tokens[j].lower.hasSuffix("s") || tokens[j].lower == "source"
                {
                    // Take the numbers and adjectives in front of the source noun too.
                    var k = j - 1
                    while k >= sentence.tokens.lowerBound, k >= j - 3, tokens[k].kind == .word,
                        !["and", "but", "that", "while"].contains(tokens[k].lower)
                    {
                        phrase.insert(tokens[k].text, at: 0)
                        k -= 1
                    }
                    words = phrase
                    break
                }
                j -= 1
            }
        }
        guard let head = words.last?.lowercased(),
            Self.sourceNouns.contains(head)
                || words.contains(where: {
                    Self.sourceNouns.contains($0.lowercased()) && $0.lowercased().hasSuffix("s")
                })
        else { return nil }
        while words.count > 1, let first = words.first?.lowercased(),
            ["and", "but", "while", "as", "that", "the", "a", "an"].contains(first)
        {
            words.removeFirst()
        }
        return (Attribution(source: words.joined(separator: " "), cue: cue), nil)
    }

    private static let sourceNouns: WordSet = [
        "sources", "source", "officials", "official", "ministry", "government", "police", "spokesman", "spokeswoman",
        "spokesperson", "agency", "newspaper", "report", "reports", "statement", "witnesses", "analysts", "experts",
        "observers", "diplomats", "investigators", "prosecutors", "authorities", "he", "she", "they", "aide",
        "lawyer", "lawyers", "officer", "activists", "residents", "minister", "service", "services", "daily",
        "document", "documents", "memo", "letter", "cable", "correspondence", "dossier", "file", "institutions",
        "institution", "court", "prosecutor", "spokesperson", "embassy", "army", "military", "it",
    ]
}
