/// Expressions resolved against the document date or the narrative: "yesterday", "last week",
/// "two years ago", "the following year", "on Monday", "earlier this month".
extension TimeMatcher {
    func matchRelative(_ i: Int) -> Match? {
        guard let word = lower(i) else { return nil }
        switch word {
        case "today", "yesterday", "tomorrow", "tonight":
            return matchDeictic(i, word)
        case "last", "this", "next", "past", "coming", "current":
            return matchShifted(i, word)
        case "the", "that", "same":
            return matchDayBeforeOrAfter(i) ?? matchPreviousWeekday(i) ?? matchNarrativePartOfDay(i)
                ?? matchNarrative(i)
        case "earlier", "later":
            return matchEarlierThis(i)
        case "nearly", "almost", "about", "some", "over", "around", "roughly", "approximately", "just", "more", "less":
            // "nearly two weeks ago", "more than four decades ago".
            let next = (word == "more" || word == "less") && isWord(i + 1, "than") ? i + 2 : i + 1
            guard var match = matchAgo(next) else { return nil }
            match.start = i
            return match
        default:
            return matchYearAgoAdjective(i) ?? matchAgo(i) ?? matchWeekday(i) ?? matchYearEnd(i)
        }
    }

    /// "its year-ago quarter", "year-earlier net": the same quarter a year before in a report of
    /// quarterly results, else last year.
    private func matchYearAgoAdjective(_ i: Int) -> Match? {
        guard isYearAgo(i), let reference = anchor.documentDate else { return nil }
        // "the year-earlier nine months" is a length of time, tagged from its number.
        if let (_, afterAmount) = quantity(i + 3), lower(afterAmount).flatMap({ words.units[$0] }) != nil {
            return nil
        }
        // The same quarter as "the year-ago quarter": the last one completed, a year back.
        if isWord(i + 3, "quarter") || isWord(i + 3, "period"), let shifted = reference.adding(months: -15),
            let quarter = Self.period(.quarter, containing: shifted)
        {
            return Match(end: i + 4, period: quarter, isRelative: true)
        }
        return yearAgoQuarter(end: i + 3) ?? Match(end: i + 3, period: .year(reference.year - 1), isRelative: true)
    }

    // MARK: - Deictic days

    private func matchDeictic(_ i: Int, _ word: String) -> Match? {
        let offset = word == "yesterday" ? -1 : word == "tomorrow" ? 1 : 0
        if word == "tonight" {
            return dayRelative(i + 1, offset: 0) { .partOfDay($0, .night) }
        }
        // "the day before yesterday" is rare enough to leave; "yesterday morning" is a TIME.
        if let part = lower(i + 1).flatMap({ words.partsOfDay[$0] }) {
            return dayRelative(i + 2, offset: offset) { .partOfDay($0, part) }
        }
        return dayRelative(i + 1, offset: offset) { .day($0) }
    }

    /// "the day before yesterday", "the day after tomorrow".
    private func matchDayBeforeOrAfter(_ i: Int) -> Match? {
        if let end = phrase(i, ["the", "day", "before", "yesterday"]) {
            return dayRelative(end, offset: -2) { .day($0) }
        }
        if let end = phrase(i, ["the", "day", "after", "tomorrow"]) {
            return dayRelative(end, offset: 2) { .day($0) }
        }
        return nil
    }

    /// "the previous Friday", "the preceding Monday": the last such day before the one the story is
    /// at (the day it just named, else the document's; a week back when that is the same weekday).
    private func matchPreviousWeekday(_ i: Int) -> Match? {
        guard isWord(i, "the"), isWord(i + 1, "previous") || isWord(i + 1, "preceding"),
            let weekday = lower(i + 2).flatMap({ words.weekdays[$0] }), let reference = anchor.recentDay
        else { return nil }
        var difference = weekday - reference.weekday
        if difference >= 0 { difference -= 7 }
        guard let day = reference.adding(days: difference) else { return nil }
        var match = Match(end: i + 3, period: .day(day), isRelative: true)
        match.start = i
        return match
    }

    /// "that night", "that morning": a part of the day the story just named (or of the document's day).
    private func matchNarrativePartOfDay(_ i: Int) -> Match? {
        guard isWord(i, "that"), let part = lower(i + 1).flatMap({ words.partsOfDay[$0] }),
            let day = anchor.recentDay
        else { return nil }
        // "officials said that night flights would resume": "that" opens a clause there.
        if let previous = lower(i - 1), Self.clauseVerbs.contains(previous) { return nil }
        return Match(end: i + 2, period: .partOfDay(day, part), isRelative: true)
    }

    /// Verbs after which "that" opens a clause rather than pointing at a time.
    private static let clauseVerbs: WordSet = [
        "said", "says", "say", "saying", "told", "tell", "announced", "reported", "believe", "believed", "think",
        "thought", "know", "knew", "added", "stated", "warned", "hoped", "feared", "claimed", "argued", "noted",
        "insisted", "confirmed", "denied", "suggested", "showed", "shows", "expected", "agreed", "so", "such",
    ]

    /// A match `offset` days from the document date, built by `make`; unanchored without a document date.
    private func dayRelative(_ end: Int, offset: Int, _ make: (CalendarDate) -> Period) -> Match? {
        guard let reference = anchor.documentDate, let day = reference.adding(days: offset) else {
            let probe = make(CalendarDate(year: 2000, month: 1, day: 1)!)
            let value =
                probe.kind == .time ? Unknown.day + "T" + (probe.value.split(separator: "T").last ?? "") : Unknown.day
            var match = Match(end: end, period: .unanchored(value: value, precision: probe.precision))
            match.kind = probe.kind
            return match
        }
        return Match(end: end, period: make(day), isRelative: true)
    }

    // MARK: - last / this / next

    private func matchShifted(_ i: Int, _ word: String) -> Match? {
        guard let target = lower(i + 1) else { return nil }
        // "the past year" and "past three weeks" are durations, handled there.
        if word == "past" { return nil }
        // "the coming months", "next few years": an unspecified stretch ahead, as TimeBank writes it (`PXM`).
        if word == "coming" || word == "next", let unit = words.units[target], target.hasSuffix("s"),
            unit != .hour
        {
            return Match(end: i + 2, kind: .duration, value: unit.duration(nil))
        }
        let direction = word == "last" ? -1 : (word == "next" || word == "coming") ? 1 : 0
        if let part = words.partsOfDay[target], word != "next" {
            // "last night", "this morning".
            return dayRelative(i + 2, offset: word == "last" ? -1 : 0) { .partOfDay($0, part) }
        }
        if target == "weekend" { return weekendMatch(end: i + 2, direction: direction) }
        // "this past weekend" is the last one.
        if word == "this", target == "past", isWord(i + 2, "weekend") { return weekendMatch(end: i + 3, direction: -1) }
        // "the current fiscal year", "last fiscal year": the calendar year, as news dates them.
        if target == "fiscal", isWord(i + 2, "year"), let reference = anchor.documentDate {
            return Match(end: i + 3, period: .year(reference.year + direction), isRelative: true)
        }
        if let unit = words.units[target],
            [.day, .week, .month, .year, .quarter, .decade, .century].contains(unit)
        {
            // "the last week of June", "the last day of 2010" are parts of another period ("last year of
            // 1.2 billion dlrs" and "next month of oil ministers" are not).
            if word != "this", unit == .day || unit == .week || unit == .month, isWord(i + 2, "of"),
                matchCalendar(i + 3) != nil
            {
                return nil
            }
            guard let reference = anchor.documentDate else {
                return Match(
                    end: i + 2,
                    period: .unanchored(value: Self.unanchoredValue(unit), precision: Self.precision(of: unit)))
            }
            if unit == .year, let quarter = yearsQuarter(i + 2, direction: direction, reference: reference) {
                return quarter
            }
            guard let shifted = Self.shift(reference, by: unit, count: direction),
                let period = Self.period(unit, containing: shifted)
            else { return nil }
            return Match(end: i + 2, period: period, isRelative: true)
        }
        if let weekday = words.weekdays[target] {
            return weekdayMatch(end: i + 2, weekday: weekday, direction: direction == 0 ? nil : direction)
        }
        // "last Oct. 23" is the date "Oct. 23"; only "last October" is a month.
        if let (_, afterMonth) = month(i + 1), dayOfMonth(afterMonth) != nil { return nil }
        if let month = words.months[target], tokens[i + 1].isCapitalized, let reference = anchor.documentDate {
            var year = reference.year
            if direction < 0 && month >= reference.month { year -= 1 }
            if direction > 0 && month <= reference.month { year += 1 }
            return Match(end: i + 2, period: .month(year: year, month: month), isRelative: true)
        }
        if let season = words.seasons[target], let reference = anchor.documentDate {
            return Match(
                end: i + 2, period: .season(year: reference.year + direction, season: season), isRelative: true)
        }
        return nil
    }

    /// "this year's third quarter", "next year's first half", "last year's quarter": after "this year",
    /// "next year" or "last year" ending at `i`, a possessive naming a part of that year is one expression
    /// with it. A quarter without its number is the one compared in a report of results: the same
    /// quarter as the last one completed ("last year's quarter" in October 1989 is `1988-Q3`).
    private func yearsQuarter(_ i: Int, direction: Int, reference: CalendarDate) -> Match? {
        guard isWord(i, "'s") || isWord(i, "\u{2019}s") else { return nil }
        let year = reference.year + direction
        // "last year's quarter-final" names no quarter, nor does "this year's first quarter-final".
        if let ordinal = lower(i + 1).flatMap({ words.ordinals[$0] }) {
            guard lower(i + 3) != "-" else { return nil }
            if (1...4).contains(ordinal), isWord(i + 2, "quarter") {
                return Match(end: i + 3, period: .quarter(year: year, quarter: ordinal), isRelative: true)
            }
            if (1...2).contains(ordinal), isWord(i + 2, "half") {
                return Match(end: i + 3, period: .half(year: year, half: ordinal), isRelative: true)
            }
            return nil
        }
        // "Last year's period of unrest" is no quarter: a period is one only in a report of results.
        guard isWord(i + 1, "quarter") || isWord(i + 1, "period") && anchor.reportsQuarters,
            lower(i + 2) != "-", let shifted = reference.adding(months: 12 * direction - 3),
            let quarter = Self.period(.quarter, containing: shifted)
        else { return nil }
        return Match(end: i + 2, period: quarter, isRelative: true)
    }

    // MARK: - Narrative: "the following year", "that day", "two days later"

    private func matchNarrative(_ i: Int) -> Match? {
        if let quarter = matchFinancialQuarter(i) { return quarter }
        // "the year-end", "that year's end" (a spaced "year end" after "that" stays "that year").
        if !isWord(i + 2, "end"), let yearEnd = matchYearEnd(i + 1) { return yearEnd.with(start: i + 1) }
        if lower(i) == "the", isWord(i + 1, "weekend") { return weekendMatch(end: i + 2, direction: nil) }
        // "by the end of the year": the end of the document's year.
        if let reference = anchor.documentDate, let end = phrase(i, ["the", "end", "of", "the", "year"]) {
            return Match(end: end, period: .year(reference.year), modifier: .end, isRelative: true)
        }
        if let year = matchTheYear(i) { return year }
        // "in the weeks ahead": an unspecified stretch to come.
        if lower(i) == "the", let unitWord = lower(i + 1), unitWord.hasSuffix("s"),
            let unit = words.units[unitWord], isWord(i + 2, "ahead")
        {
            return Match(end: i + 3, kind: .duration, value: unit.duration(nil))
        }
        var next = i
        let word = lower(i)!
        var shift = 0
        if word == "the" {
            guard let relation = lower(i + 1) else { return nil }
            switch relation {
            case "following", "next", "subsequent": shift = 1
            case "previous", "preceding", "prior": shift = -1
            case "same": shift = 0
            default: return nil
            }
            next = i + 2
        } else if word == "that" || word == "same" {
            next = i + 1
            // "that same day"
            if word == "that", isWord(next, "same") { next += 1 }
        }
        // "the next morning" is dated to the day after, as "the next day" is.
        let partOfDay = word == "the" && shift != 0 && lower(next).flatMap { words.partsOfDay[$0] } != nil
        guard let unitWord = partOfDay ? "day" : lower(next), let unit = words.units[unitWord],
            [.day, .week, .month, .year, .decade].contains(unit), !unitWord.hasSuffix("s")
        else { return nil }
        // "the next day" in a forward-looking sentence is still narrative; "that year" needs an anchor.
        guard let base = anchor.narrativePeriod,
            let match = narrativeShift(from: base, unit: unit, count: shift, end: next + 1)
        else { return nil }
        return match
    }

    /// Moves a period by whole units, if the period is at least as fine as the unit.
    private func narrativeShift(from base: Period, unit: TimeLexicon.Unit, count: Int, end: Int) -> Match? {
        guard let interval = base.interval, base.precision >= Self.precision(of: unit) else { return nil }
        guard let shifted = Self.shift(interval.start, by: unit, count: count),
            let period = Self.period(unit, containing: shifted)
        else { return nil }
        return Match(end: end, period: period, isRelative: true)
    }

    /// "two years ago", "three days ago", "a week ago"; "two days later", "a year earlier".
    private func matchAgo(_ i: Int) -> Match? {
        // "years ago", "a few months ago", "several decades ago": some time back, as TimeML writes it.
        if isWord(i + 1, "ago"), let unitWord = lower(i), unitWord.hasSuffix("s"), words.units[unitWord] != nil,
            quantity(i - 1) == nil
        {
            return Match(end: i + 2, kind: .date, value: "PAST_REF")
        }
        guard let (quantityValue, quantityEnd) = quantity(i) else { return nil }
        guard let amount = quantityValue else {
            guard let unitWord = lower(quantityEnd), words.units[unitWord] != nil, isWord(quantityEnd + 1, "ago")
            else { return nil }
            return Match(end: quantityEnd + 2, kind: .date, value: "PAST_REF")
        }
        // "two and a half years ago", "a year and a half ago": the month that many months back.
        if isWord(quantityEnd, "and") || isWord(quantityEnd + 1, "and") || amount != amount.rounded(),
            let duration = yearsAndHalf(i), duration.years != duration.years.rounded(), isWord(duration.end, "ago"),
            let reference = anchor.documentDate, let month = reference.adding(months: -Int(duration.years * 12))
        {
            return Match(end: duration.end + 1, period: .month(year: month.year, month: month.month), isRelative: true)
        }
        guard amount == amount.rounded(), amount < 1000, let unitWord = lower(quantityEnd),
            let unit = words.units[unitWord]
        else { return nil }
        // "a week or so ago": the hedge sits between the unit and the direction.
        let hedged = isWord(quantityEnd + 1, "or") && isWord(quantityEnd + 2, "so")
        let afterAmount = hedged ? quantityEnd + 2 : quantityEnd
        guard let direction = lower(afterAmount + 1) else { return nil }
        let count = Int(amount)
        switch direction {
        case "ago", "earlier", "before":
            if direction != "ago" {
                // "a year earlier" is narrative; "two days before the vote" is a duration.
                guard direction == "earlier" else { return nil }
                if unit == .year, count == 1, let quarter = yearAgoQuarter(end: afterAmount + 2) { return quarter }
                guard let base = anchor.recentPeriod else { return nil }
                return narrativeShift(from: base, unit: unit, count: -count, end: afterAmount + 2)
            }
            if unit == .year, count == 1, let quarter = yearAgoQuarter(end: afterAmount + 2) { return quarter }
            guard let reference = anchor.documentDate else {
                return Match(
                    end: afterAmount + 2,
                    period: .unanchored(value: Self.unanchoredValue(unit), precision: Self.precision(of: unit)))
            }
            // "a week ago", "two weeks ago" name a day; "six weeks ago" no more than its week.
            let precision: TimeLexicon.Unit = unit == .week && count <= 2 ? .day : unit
            guard let shifted = Self.shift(reference, by: unit, count: -count),
                let period = Self.period(precision, containing: shifted)
            else { return nil }
            return Match(end: afterAmount + 2, period: period, isRelative: true)
        case "later":
            guard let (base, isDocumentDate) = anchor.storyPeriod else { return nil }
            // Told in the past, "sixteen years later" with nothing before it to count from is no future
            // date: its value stays unknown.
            if isDocumentDate && tense == .past {
                return Match(
                    end: afterAmount + 2,
                    period: .unanchored(value: Self.unanchoredValue(unit), precision: Self.precision(of: unit)))
            }
            return narrativeShift(
                from: base, unit: unit == .week ? .day : unit, count: unit == .week ? count * 7 : count,
                end: afterAmount + 2)
        default:
            return nil
        }
    }

    /// "two and a half years", "a year and a half", "2 1/2 years": how many years, and the token after.
    private func yearsAndHalf(_ i: Int) -> (years: Double, end: Int)? {
        guard let (amount, afterAmount) = quantity(i), var years = amount else { return nil }
        var next = afterAmount
        if isWord(next, "and"), isWord(next + 1, "a"), isWord(next + 2, "half") {
            years += 0.5
            next += 3
        }
        guard let unitWord = lower(next), words.units[unitWord] == .year else { return nil }
        next += 1
        if years == years.rounded(), isWord(next, "and"), isWord(next + 1, "a"), isWord(next + 2, "half") {
            years += 0.5
            next += 3
        }
        return (years, next)
    }

    /// "earlier this month", "later this year", "earlier today".
    private func matchEarlierThis(_ i: Int) -> Match? {
        if isWord(i + 1, "today") { return dayRelative(i + 2, offset: 0) { .day($0) } }
        // "earlier in the year", "later in the year": in a story told in the past, the year of a date just
        // written out ("In 1995 he moved to Paris. Later in the year he married."); else the document's, as
        // "earlier this year" ("a dropoff is seen later in the year"). The pronoun in "later in the year he
        // married" starts the sentence's clause.
        if isWord(i + 1, "in"), isWord(i + 2, "the"), isWord(i + 3, "year"),
            !extendsYear(lower(i + 4))
        {
            guard let year = tense == .past ? anchor.recentYear : anchor.documentDate?.year else {
                return Match(end: i + 4, period: .unanchored(value: Self.unanchoredValue(.year), precision: .year))
            }
            return Match(end: i + 4, period: .year(year), isRelative: true)
        }
        guard isWord(i + 1, "this"), let unitWord = lower(i + 2), let unit = words.units[unitWord],
            [.week, .month, .year].contains(unit)
        else { return nil }
        guard let reference = anchor.documentDate, let period = Self.period(unit, containing: reference) else {
            return Match(
                end: i + 3, period: .unanchored(value: Self.unanchoredValue(unit), precision: Self.precision(of: unit)))
        }
        return Match(end: i + 3, period: period, isRelative: true)
    }
}
