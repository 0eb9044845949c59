/// Durations ("seven years", "three and a half years"), sets ("every Monday", "annually") and the
/// reference values (`PRESENT_REF`, ...); clock times are in `TimeMatcher+Clock.swift`.
extension TimeMatcher {
    private static let durationModifiers: WordMap<TimeModifier> = [
        "about": .approx, "around": .approx, "approximately": .approx, "roughly": .approx, "nearly": .lessThan,
        "almost": .lessThan, "some": .approx,
    ]

    // MARK: - Durations

    func matchDuration(_ i: Int) -> Match? {
        guard let word = lower(i) else { return nil }
        // "One day he will leave", "some day, they said": some time, not a length of a day.
        if word == "one" || word == "some", isWord(i + 1, "day"), let after = lower(i + 2),
            after == "," || Self.subjectPronouns.contains(after),
            i == bounds.lowerBound || ["and", "but", ",", "that", "\u{201C}", "\""].contains(lower(i - 1) ?? "")
        {
            return Match(end: i + 2, kind: .date, value: tense == .past ? "PAST_REF" : "FUTURE_REF")
        }
        if let modifier = Self.durationModifiers[word], var core = coreDuration(i + 1) {
            core.modifier = modifier
            core.start = i
            return core
        }
        if let words = [["more", "than"], ["less", "than"], ["at", "least"], ["up", "to"]].first(where: {
            phrase(i, $0) != nil
        }),
            var core = coreDuration(i + 2)
        {
            core.modifier =
                words[0] == "more"
                ? .moreThan : words[0] == "less" ? .lessThan : words[0] == "at" ? .equalOrMore : .equalOrLess
            core.start = i
            return core
        }
        // "the past three years", "the last two weeks", "the past year", "the next five years".
        var cursor = i
        if word == "the" { cursor += 1 }
        if let relation = lower(cursor), ["past", "last", "next", "coming", "previous", "first"].contains(relation),
            cursor > i || relation == "past"
        {
            if let core = coreDuration(cursor + 1) { return core.with(start: i) }
            // "the past year", "the last decade", "the next year": the calendar unit before or after (not
            // "the first quarter", nor "the last day of 2010").
            // "the past decade", "the past century": the stretch up to now, a length of time.
            if relation == "past", let unit = lower(cursor + 1).flatMap({ words.units[$0] }),
                unit == .decade || unit == .century
            {
                return Match(end: cursor + 2, kind: .duration, value: unit.duration(1)).with(start: i)
            }
            if relation != "first", !isWord(cursor + 2, "of"), let unitWord = lower(cursor + 1),
                let unit = words.units[unitWord], !unitWord.hasSuffix("s"),
                let reference = anchor.documentDate,
                let shifted = Self.shift(reference, by: unit, count: ["next", "coming"].contains(relation) ? 1 : -1),
                let period = Self.period(unit, containing: shifted)
            {
                return Match(end: cursor + 2, period: period, isRelative: true).with(start: i)
            }
        }
        return coreDuration(i)
    }

    /// Number + unit: `seven years`, `three and a half years`, `a year and a half`, `five-year`, `several days`.
    private func coreDuration(_ i: Int) -> Match? {
        if isWord(i, "half"), let article = lower(i + 1), article == "a" || article == "an",
            let unitWord = lower(i + 2),
            let unit = words.units[unitWord]
        {
            return halfUnit(unit).map { Match(end: i + 3, kind: .duration, value: $0) }
        }
        guard let (amount, afterAmount) = quantity(i) else {
            // "for years", "in recent months": a bare plural unit is an unspecified amount.
            if let unitWord = lower(i), unitWord.hasSuffix("s"), let unit = words.units[unitWord],
                let previous = lower(i - 1), ["for", "over", "recent", "in", "within"].contains(previous),
                previous != "in" || isWord(i + 1, "of") == false
            {
                guard previous != "in" else { return nil }
                return Match(end: i + 1, kind: .duration, value: unit.duration(nil))
            }
            return nil
        }
        var next = afterAmount
        if lower(next) == "-" { next += 1 }  // "five-year", "14-minute"
        var total = amount
        // "three and a half years"
        if let value = total, isWord(next, "and"), isWord(next + 1, "a"), isWord(next + 2, "half") {
            total = value + 0.5
            next += 3
        }
        // "two more weeks", "an additional year", "eight trading days": a word between amount and unit.
        if let between = lower(next), Self.amountQualifiers.contains(between), let unitWord = lower(next + 1),
            words.units[unitWord] != nil
        {
            next += 1
        }
        guard let unitWord = lower(next), let unit = words.units[unitWord] else { return nil }
        // "three-quarters of its food" is a fraction; "a year-earlier loss" names a year, not a length.
        if unit == .quarter, isWord(next + 1, "of") || lower(next - 1) == "-" { return nil }
        if isHyphenedAgo(next) { return nil }
        // "a year-end bonus" names the end of a year, not a length.
        if unit == .year, lower(next + 1) == "-", isWord(next + 2, "end") { return nil }
        // "60 Minutes" inside a sentence is a title; "a second term" is an ordinal.
        if let unitToken = token(next), unitToken.isCapitalized, next > bounds.lowerBound + 1 { return nil }
        if unit == .second, isWord(i, "a") || isWord(i, "an"), let after = token(next + 1), after.kind == .word,
            !["of", "and", "or", "later", "earlier", "before", "after", "ago"].contains(after.lower)
        {
            return nil
        }
        // "a 6-year-old boy" and "Reupke, 52 years old," are ages, not lengths of time.
        if lower(next + 1) == "-", isWord(next + 2, "old") { return nil }
        if isWord(next + 1, "old"), unit == .year || unit == .month || unit == .week || unit == .day { return nil }
        // "$500 million a year", "358,000 a month" are rates of an amount, which news annotation leaves
        // untagged; "a year ago", "a week away" and "twice a week" are not.
        if isRate(article: i, unit: next) { return nil }
        // "the 1990s" is not "1990 s"; a year-sized number is no count of units.
        if let value = total, value >= 1000, unit != .hour, unit != .minute, unit != .second, unit != .day {
            return nil
        }
        if token(i)?.lower == "a" || token(i)?.lower == "an", isWord(next + 1, "ago") { return nil }
        next += 1
        // "a year and a half"
        if let value = total, isWord(next, "and"), isWord(next + 1, "a"), isWord(next + 2, "half") {
            total = value + 0.5
            next += 3
        }
        // "one day" in "one day in May" is a date, not a duration, but the amount is still a length of time.
        return Match(end: next, kind: .duration, value: durationValue(total, unit))
    }

    /// Pronouns that open a clause after "one day" ("One day he will leave").
    private static let subjectPronouns: WordSet = ["he", "she", "they", "we", "i", "you", "it", "there"]

    /// Words that may stand between an amount and its unit of time ("two more weeks").
    private static let amountQualifiers: WordSet = [
        "more", "additional", "extra", "further", "trading", "business", "working", "consecutive", "straight",
    ]

    /// Whether "a"/"an" at `article` with the unit at `unit` follows an amount ("$1.76 a year") and so
    /// makes a rate.
    private func isRate(article: Int, unit: Int) -> Bool {
        guard isWord(article, "a") || isWord(article, "an"), unit == article + 1, let before = token(article - 1),
            !["ago", "earlier", "later", "before", "after", "from", "away"].contains(lower(unit + 1) ?? ""),
            phrase(unit + 1, ["and", "a", "half"]) == nil
        else { return false }
        return before.kind == .number || Self.amountWords.contains(before.lower)
    }

    /// Words that end an amount of money or things.
    private static let amountWords: WordSet = [
        "hundred", "thousand", "million", "billion", "trillion", "dollars", "cents", "percent", "%",
    ]

    private func durationValue(_ amount: Double?, _ unit: TimeLexicon.Unit) -> String {
        guard let amount, amount != amount.rounded() else { return unit.duration(amount) }
        let whole = Int(amount)
        switch unit {
        case .year where amount * 2 == (amount * 2).rounded():
            return whole == 0 ? "P6M" : "P\(whole)Y6M"
        case .day where amount * 2 == (amount * 2).rounded():
            return whole == 0 ? "PT12H" : "P\(whole)DT12H"
        case .hour where amount * 2 == (amount * 2).rounded():
            return whole == 0 ? "PT30M" : "PT\(whole)H30M"
        case .minute where amount * 2 == (amount * 2).rounded():
            return whole == 0 ? "PT30S" : "PT\(whole)M30S"
        default:
            return unit.duration(amount)
        }
    }

    private func halfUnit(_ unit: TimeLexicon.Unit) -> String? {
        switch unit {
        case .year: return "P6M"
        case .day: return "PT12H"
        case .hour: return "PT30M"
        case .minute: return "PT30S"
        case .century: return "P50Y"
        case .decade: return "P5Y"
        default: return nil
        }
    }

    // MARK: - Sets

    private static let adverbSets: WordMap<String> = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "nightly": "P1D",
        "hourly": "PT1H", "biweekly": "P2W",
    ]

    func matchSet(_ i: Int) -> Match? {
        guard let word = lower(i) else { return nil }
        if let value = Self.adverbSets[word] {
            // "The Daily Mail", "the Weekly Standard" are names.
            if tokens[i].isCapitalized, token(i + 1)?.isCapitalized == true { return nil }
            // TimeML tags the adjective as well as the adverb ("the daily tally", "trades daily").
            return Match(end: i + 1, kind: .set, value: value)
        }
        // "twice a week", "three times a year", "once per month".
        let afterTimes: Int? =
            Self.frequency(word) != nil
            ? i + 1
            : isWord(i + 1, "times") || isWord(i + 2, "times")
                ? quantity(i).flatMap { $0.value != nil && isWord($0.next, "times") ? $0.next + 1 : nil } : nil
        if let afterTimes, let article = lower(afterTimes), ["a", "an", "per", "each", "every"].contains(article),
            let unit = lower(afterTimes + 1).flatMap({ words.units[$0] })
        {
            return Match(end: afterTimes + 2, kind: .set, value: unit.duration(1))
        }
        guard word == "every" || word == "each" || word == "per" else { return nil }
        var next = i + 1
        var amount = 1
        if let (value, afterAmount) = quantity(next), let value, value == value.rounded(), value > 1 {
            amount = Int(value)
            next = afterAmount
        } else if isWord(next, "other") {
            amount = 2
            next += 1
        }
        guard let target = lower(next) else { return nil }
        if let weekday = words.weekdays[target] {
            return Match(end: next + 1, kind: .set, value: "\(Unknown.week)-\(weekday)")
        }
        // "each March", "every January".
        if let month = words.months[target], tokens[next].isCapitalized {
            return Match(end: next + 1, kind: .set, value: "\(Unknown.year)-\(CalendarDate.pad(month, 2))")
        }
        if let part = words.partsOfDay[target] {
            return Match(end: next + 1, kind: .set, value: "\(Unknown.day)T\(part.rawValue)")
        }
        if let unit = words.units[target] {
            return Match(end: next + 1, kind: .set, value: unit.duration(Double(amount)))
        }
        return nil
    }

    /// How many times a word says ("twice"), for the frequencies spelled as one word.
    private static func frequency(_ word: String) -> Int? {
        switch word {
        case "once": return 1
        case "twice": return 2
        case "thrice": return 3
        default: return nil
        }
    }

    // MARK: - Reference values

    private static let references: WordMap<String> = [
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "current": "PRESENT_REF",
        "recently": "PAST_REF", "lately": "PAST_REF",
    ]

    func matchReference(_ i: Int) -> Match? {
        guard let word = lower(i) else { return nil }
        // "recent years", "past years": the past. "recent months", "the next few days", "the past few weeks":
        // an unspecified stretch of the unit (`PXM`), as TimeBank writes them.
        if word == "recent" || word == "past", let unitWord = lower(i + 1), unitWord.hasSuffix("s"),
            let unit = words.units[unitWord]
        {
            if word == "recent", unit != .year { return Match(end: i + 2, kind: .duration, value: unit.duration(nil)) }
            return Match(end: i + 2, kind: .date, value: "PAST_REF")
        }
        if word == "the", let relation = lower(i + 1), ["past", "last", "next", "coming"].contains(relation),
            let vague = lower(i + 2), ["few", "several", "many"].contains(vague), let unitWord = lower(i + 3),
            unitWord.hasSuffix("s"),
            let unit = words.units[unitWord]
        {
            return Match(end: i + 4, kind: .duration, value: unit.duration(nil))
        }
        if let value = Self.references[word] {
            // "current account" in finance is not a time; "the current quarter" is.
            if word == "current", let next = lower(i + 1),
                ["account", "accounts", "liabilities", "assets", "affairs"].contains(next)
            {
                return nil
            }
            return Match(end: i + 1, kind: .date, value: value)
        }
        if let end = phrase(i, ["at", "present"]) ?? phrase(i, ["at", "the", "moment"]) ?? phrase(i, ["these", "days"])
        {
            return Match(end: end, kind: .date, value: "PRESENT_REF")
        }
        if word == "the", let next = lower(i + 1) {
            if let end = phrase(i + 1, ["near", "future"]) ?? phrase(i + 1, ["near", "term"])
                ?? phrase(i + 1, ["short", "term"])
            {
                return Match(end: end, kind: .date, value: "FUTURE_REF")
            }
            // "the past 20 years" is a length of time, tagged whole from its number.
            if next == "past" || next == "future",
                token(i + 2).map({
                    $0.kind == .punctuation
                        || ["and", "or", "is", "was", "will", "that", "if", "of", "for", "in", "as", "when", "holds"]
                            .contains($0.lower)
                }) ?? true
            {
                return Match(end: i + 2, kind: .date, value: next == "past" ? "PAST_REF" : "FUTURE_REF")
            }
        }
        return nil
    }
}

extension TimeMatcher.Match {
    /// The same match, starting its text at `start`.
    func with(start: Int) -> TimeMatcher.Match {
        var copy = self
        copy.start = start
        return copy
    }
}
