/// Bare years ("in 1995", "(2004)"), accepted only where the number cannot be a count, a level, a
/// reference, a model, a street number or a figure of a table.
extension TimeMatcher {
    /// A bare year, accepted only where it cannot be a count or a reference number.
    func matchYear(_ i: Int) -> Match? {
        guard let y = year(i), let current = token(i) else { return nil }
        if let next = token(i + 1), !next.spaceBefore, next.text == "/" || next.kind == .number || next.text == "%" {
            return nil
        }
        if let previous = token(i - 1), !current.spaceBefore, previous.text == "/" || previous.kind == .number {
            return nil
        }
        if let previous = token(i - 1), previous.text == "-", !current.spaceBefore, let before = token(i - 2),
            !previous.spaceBefore
        {
            // "925-1150 lb", "1-800-322-1887": the end of a range or group of plain numbers.
            if before.kind == .number && year(i - 2) == nil { return nil }
            // "L-1011", "DC-1030": a model number.
            if before.isAllCaps || before.lower.count == 1 && before.isCapitalized { return nil }
        }
        // "1150-megawatt", "1200-series": a figure in a compound adjective.
        if lower(i + 1) == "-", adjacent(i, i + 2), let word = token(i + 2), word.kind == .word, !word.isCapitalized,
            !Self.yearCompounds.contains(word.lower)
        {
            return nil
        }
        // "1600 Pennsylvania Avenue": a street number.
        // (Not after a word that introduces a year: "the 1987 Wall Street crash", "in 2001 Downing Street".)
        if let name = token(i + 1), name.isCapitalized, let street = token(i + 2), street.isCapitalized,
            Self.streetWords.contains(street.lower), !Self.yearIntroducers.contains(lower(i - 1) ?? "")
        {
            return nil
        }
        // "1639 1635 54": a column of figures.
        if let previous = token(i - 1), previous.kind == .number, previous.digitCount >= 3 { return nil }
        if let previous = lower(i - 1) {
            if words.referenceCues.contains(previous) { return nil }
            // "102 points to 1841", "a closing figure of 1841": an index level.
            if ["to", "at", "of", "from"].contains(previous), let before = lower(i - 2),
                Self.levelNouns.contains(before)
            {
                return nil
            }
            // "the index closed at 1841".
            if previous == "at", let verb = lower(i - 2), Self.levelVerbs.contains(verb) { return nil }
            if previous == ".", let beforeDot = lower(i - 2), words.referenceCues.contains(beforeDot) {
                return nil
            }
        }
        // "1950-1990 tonnes": the unit after a range counts both ends.
        if lower(i + 1) == "-", adjacent(i, i + 2), token(i + 2)?.kind == .number, let unit = lower(i + 3),
            words.countNouns.contains(unit) || words.figureUnits.contains(unit)
        {
            return nil
        }
        if let next = token(i + 1), next.kind == .word {
            if words.countNouns.contains(next.lower) || words.figureUnits.contains(next.lower) {
                return nil
            }
            if next.isCapitalized == false, next.lower.hasSuffix("s"), !next.lower.hasSuffix("'s"),
                !Self.pluralEventNouns.contains(next.lower), next.lower.count > 3
            {
                return nil
            }
        }
        let cued = lower(i - 1).map { words.yearCues.contains($0) } ?? true
        guard cued || (1900...2099).contains(y) else { return nil }
        var match = Match(end: i + 1, period: .year(y))
        // "2003-05" or "1995-96" ranges keep only the first year in this tag.
        if lower(i + 1) == "-", adjacent(i, i + 2), let second = token(i + 2),
            second.digitCount == 2 || second.digitCount == 4
        {
            match.end = i + 1
        }
        return match
    }

    /// Words before "to", "at" or "of" that make the number after them a level: "points to 1841".
    private static let levelNouns: WordSet = ["points", "point", "figure", "level", "index", "reading"]

    /// Words a year joins with a hyphen: "1930s-style", "1988-model".
    private static let yearCompounds: WordSet = [
        "style", "era", "vintage", "model", "present", "type", "level", "crop", "season", "budget", "built", "to",
    ]

    private static let yearIntroducers: WordSet = [
        "the", "in", "since", "by", "of", "during", "until", "from", "before", "after", "a", "an", "its", "their",
    ]

    private static let streetWords: WordSet = [
        "avenue", "street", "road", "boulevard", "drive", "lane", "place", "square", "st", "ave", "blvd",
    ]

    private static let pluralEventNouns: WordSet = [
        "elections", "games", "olympics", "talks", "negotiations", "protests", "riots", "attacks", "events",
        "floods", "bombings", "hearings", "accords", "agreements", "results", "earnings", "sales", "figures",
    ]
}
