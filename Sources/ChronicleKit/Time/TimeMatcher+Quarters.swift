/// Financial quarters ("the year-ago quarter", "the 1988 third quarter") and weekends, resolved against
/// the document date.
extension TimeMatcher {
    /// "the quarter", "the latest quarter" (the last one completed), "the current quarter",
    /// "the year-ago quarter" / "the year-earlier period" / "the quarter a year ago" (the same quarter a
    /// year before), "the year-ago third quarter" and "the 1988 third quarter"; in a document that speaks
    /// of quarters, "the latest period" is the latest quarter too ("the latest period of unrest" is not).
    func matchFinancialQuarter(_ i: Int) -> Match? {
        guard isWord(i, "the"), let reference = anchor.documentDate else { return nil }
        var next = i + 1
        var shift = -1
        var yearBack = 0
        if isWord(next, "comparable") { next += 1 }
        // "the same quarter last year", "the corresponding period a year ago" (never without the year back;
        // a "period" is a quarter only in a report of quarterly results).
        if isWord(next, "same") || isWord(next, "corresponding"),
            isWord(next + 1, "quarter") || isWord(next + 1, "period") && anchor.reportsQuarters,
            yearBackPhrase(next + 2) != nil
        {
            next += 1
        }
        let named = year(next)
        let yearAgo = isYearAgo(next)
        if named != nil || yearAgo {
            let afterYear = named != nil ? next + 1 : next + 3
            let hyphen = lower(afterYear + 1) == "-" ? 1 : 0
            if let ordinal = words.ordinals[lower(afterYear) ?? ""], (1...4).contains(ordinal),
                isWord(afterYear + 1 + hyphen, "quarter")
            {
                // A year before the latest quarter of that number that has begun: companies report on
                // fiscal quarters up to a quarter behind the calendar ("the year-ago second quarter" in
                // April compares with a second quarter just ended).
                let completed = reference.month >= 3 * (ordinal - 1) ? reference.year : reference.year - 1
                let quarterYear = named ?? completed - 1
                return Match(
                    end: afterYear + 2 + hyphen, period: .quarter(year: quarterYear, quarter: ordinal),
                    isRelative: named == nil)
            }
            if let named, isWord(afterYear, "quarter"), let latest = reference.adding(months: -3) {
                return Match(end: afterYear + 1, period: .quarter(year: named, quarter: (latest.month + 2) / 3))
            }
        }
        let latest = isWord(next, "latest") || isWord(next, "most") && isWord(next + 1, "recent")
        if latest {
            next += isWord(next, "latest") ? 1 : 2
        } else if isWord(next, "current") {
            shift = 0
            next += 1
        } else if yearAgo {
            yearBack = 1
            next += 3
        }
        // "the latest period" in a report of quarterly results is the latest quarter.
        let period =
            isWord(next, "period")
            && (yearBack == 1
                || anchor.reportsQuarters && (yearBackPhrase(next + 1) != nil || latest) && !isWord(next + 1, "of"))
        guard isWord(next, "quarter") || period else { return nil }
        var end = next + 1
        if yearBack == 0, let afterAgo = yearBackPhrase(end) {
            yearBack = 1
            end = afterAgo
        }
        guard let shifted = reference.adding(months: 3 * shift - 12 * yearBack) else { return nil }
        return Match(
            end: end, period: .quarter(year: shifted.year, quarter: (shifted.month + 2) / 3), isRelative: true)
    }

    /// "a year ago", "a year earlier" or "last year" at `i`, after a quarter: the index after it.
    func yearBackPhrase(_ i: Int) -> Int? {
        phrase(i, ["a", "year", "ago"]) ?? phrase(i, ["a", "year", "earlier"]) ?? phrase(i, ["last", "year"])
    }

    /// Whether tokens `i...` are the adjective "year-ago" or "year-earlier".
    func isYearAgo(_ i: Int) -> Bool {
        isWord(i, "year") && isHyphenedAgo(i)
    }

    /// Whether the unit word at `i` is followed by "-ago" or "-earlier" ("year-ago", "month-earlier").
    func isHyphenedAgo(_ i: Int) -> Bool {
        lower(i + 1) == "-" && (isWord(i + 2, "ago") || isWord(i + 2, "earlier"))
    }

    /// In a sentence about quarterly results, "a year ago" / "a year earlier" is the same quarter a year
    /// before the last one completed ("1988-Q3" for a report of October 1989).
    func yearAgoQuarter(end: Int) -> Match? {
        guard let reference = anchor.documentDate, anchor.reportsQuarters, let shifted = reference.adding(months: -15)
        else { return nil }
        return Match(end: end, period: .quarter(year: shifted.year, quarter: (shifted.month + 2) / 3), isRelative: true)
    }

    /// The weekend nearest the document date in the direction given or the tense says: `1998-W08-WE`.
    func weekendMatch(end: Int, direction: Int?) -> Match? {
        guard let reference = anchor.documentDate else {
            return Match(end: end, period: .unanchored(value: Unknown.week + "-WE", precision: .week))
        }
        let step = direction ?? (tense == .future ? 1 : -1)
        var saturday = reference.adding(days: 6 - reference.weekday) ?? reference
        if step < 0 && saturday > reference { saturday = saturday.adding(days: -7) ?? saturday }
        if direction == 0 { saturday = reference.adding(days: 6 - reference.weekday) ?? reference }
        let week = saturday.isoWeek
        var match = Match(end: end, period: .week(year: week.year, week: week.week), isRelative: true)
        match.value += "-WE"
        return match
    }
}
