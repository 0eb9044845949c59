/// "The year" of a report or a story: "by year end", "for the year", "the fiscal year ended June 30",
/// "the latest fiscal year", and the words that make "the year" another one ("the year 2000", "the year he
/// died").
extension TimeMatcher {
    /// "by year end", "around year-end", "by the year's end": the end of the document's year (of the year
    /// before, after "since"); a "the" before it stays outside the tag.
    func matchYearEnd(_ i: Int) -> Match? {
        guard isWord(i, "year"), let reference = anchor.documentDate else { return nil }
        let end: Int
        if isWord(i + 1, "end") {
            end = i + 2
        } else if lower(i + 1) == "-", isWord(i + 2, "end"), adjacent(i, i + 2) {
            end = i + 3
        } else if isWord(i + 1, "'s") || isWord(i + 1, "\u{2019}s"), isWord(i + 2, "end") {
            end = i + 3
        } else {
            return nil
        }
        let year = isWord(i - 1, "since") ? reference.year - 1 : reference.year
        return Match(end: end, period: .year(year), modifier: .end, isRelative: true)
    }

    /// "for the year", "sales for the full year", "lower earnings for the fiscal year": the document's year.
    /// "the year ended June 30" and "throughout the fiscal year" are the year-long stretch itself (`P1Y`);
    /// "the latest fiscal year" is the last one completed. A bare "the year" needs a preposition before it
    /// ("for", "of", "during", "in", "through"); a pronoun, a capital or a number after "year" makes it
    /// another year ("the year he was born", "the year Obama was elected", "the year 2000"). The year is the
    /// document's, not the one the story last named: news and reports, where these phrases come, speak of
    /// their own year.
    func matchTheYear(_ i: Int) -> Match? {
        guard lower(i) == "the", let reference = anchor.documentDate else { return nil }
        var next = i + 1
        let latest = isWord(next, "latest")
        if latest { next += 1 }
        let full = isWord(next, "full")
        if full { next += 1 }
        let fiscal = isWord(next, "fiscal")
        if fiscal { next += 1 }
        // A capital makes it a title ("Person of the Year") or starts a clause about another year ("the year
        // Obama was elected"), unless it starts the next line (wire copy without a full stop).
        let clauseAfter = token(next + 1).map { $0.isCapitalized && $0.newlinesBefore == 0 } ?? false
        guard isWord(next, "year"), token(next)?.isCapitalized == false, !clauseAfter,
            !continuesYear(lower(next + 1))
        else { return nil }
        let end = next + 1
        let afterPreposition = lower(i - 1).map(Self.yearPrepositions.contains) == true
        let endsOnADate = isWord(end, "ended") || isWord(end, "ending")
        // "The year ended with a rally" is the verb: a stretch needs "for", "in" or "fiscal" before it.
        if !latest, isWord(i - 1, "throughout") || endsOnADate && (afterPreposition || fiscal) {
            return Match(end: end, kind: .duration, value: "P1Y")
        }
        guard latest || full || fiscal || afterPreposition else { return nil }
        return Match(end: end, period: .year(reference.year - (latest ? 1 : 0)), isRelative: true)
    }

    /// The prepositions before a bare "the year" that make it the current year.
    private static let yearPrepositions: WordSet = ["for", "of", "during", "in", "through"]

    /// Whether the word after "the year" makes it another year or part of a longer phrase: what
    /// ``extendsYear(_:)`` says, and a pronoun or an article starting a clause about that year ("the year
    /// he died", "the year the war ended").
    func continuesYear(_ word: String?) -> Bool {
        extendsYear(word) || word.map(Self.yearClauseStarts.contains) == true
    }

    /// Whether the word after "the year" makes "earlier in the year" another year: "the year 2000", "the
    /// year-end", "the year before", "the year following his election", "the year that ..."; a pronoun or
    /// an article there starts the sentence's own clause ("Later in the year the company cut jobs").
    func extendsYear(_ word: String?) -> Bool {
        guard let word else { return false }
        if word.first?.isNumber == true || words.cardinals[word] != nil { return true }
        return Self.yearExtensions.contains(word)
    }

    private static let yearExtensions: WordSet = [
        "-", "'s", "\u{2019}s", "before", "after", "earlier", "later", "ago", "end", "of", "to", "old", "following",
        "prior", "when", "that", "which", "since", "in",
    ]

    /// Pronouns and articles that, after "the year", start a clause about it.
    private static let yearClauseStarts: WordSet = [
        "he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "his", "her", "their", "its", "our",
    ]
}
