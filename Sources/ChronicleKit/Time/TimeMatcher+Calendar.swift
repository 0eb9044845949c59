/// Absolute calendar expressions: full dates, months, seasons, quarters, decades and centuries (bare years
/// are in TimeMatcher+BareYear.swift).
extension TimeMatcher {
    /// Words before "of" that point into a period: "the end of February 2013".
    private static let positionWords: WordMap<TimeModifier> = [
        "end": .end, "beginning": .start, "start": .start, "middle": .mid, "close": .end, "dawn": .start,
        "outset": .start,
    ]

    /// A calendar or relative date with a modifier in front: "early 1990s", "mid-2012", "the end of February".
    func matchModified(_ i: Int) -> Match? {
        var next = i
        let modifier: TimeModifier
        var cursor = i
        if isWord(cursor, "the") { cursor += 1 }
        if let word = lower(cursor), let position = Self.positionWords[word], isWord(cursor + 1, "of") {
            modifier = position
            next = cursor + 2
            if isWord(next, "the") && year(next + 1) == nil { next += 1 }
        } else if let word = lower(i), ["early", "late", "mid"].contains(word) {
            modifier = word == "early" ? .start : word == "late" ? .end : .mid
            next = i + 1
            if lower(next) == "-" { next += 1 }
        } else if let word = lower(i), ["around", "circa", "approximately", "about"].contains(word) {
            modifier = .approx
            next = i + 1
        } else {
            return nil
        }
        guard var core = matchCalendar(next) ?? matchRelative(next) ?? currentPeriod(next), core.kind == .date,
            core.period != nil
        else {
            return nil
        }
        // "late May" and "early Tuesday" keep their value; only the modifier is added.
        if core.modifier == nil { core.modifier = modifier }
        core.start = i
        return core
    }

    /// "the end of the month", "the beginning of the week": after a position word and "of the", the week or
    /// month of the document date. ("the end of the quarter" is left to the financial quarters.)
    private func currentPeriod(_ i: Int) -> Match? {
        guard isWord(i - 1, "the"), isWord(i - 2, "of"), let unitWord = lower(i),
            let unit = words.units[unitWord], unit == .week || unit == .month,
            let reference = anchor.documentDate, let period = Self.period(unit, containing: reference)
        else { return nil }
        return Match(end: i + 1, period: period, isRelative: true)
    }

    /// Any absolute calendar expression at `i`.
    func matchCalendar(_ i: Int) -> Match? {
        if let weekday = lower(i).flatMap({ words.weekdays[$0] }), weekday > 0 {
            // "Tuesday, May 17, 2011": the weekday belongs to the date that follows.
            let next = lower(i + 1) == "," ? i + 2 : i + 1
            if var date = matchFullDate(next) {
                date.start = i
                return date
            }
        }
        return matchFullDate(i) ?? matchMonthYear(i) ?? matchSeasonOrPart(i) ?? matchDecade(i) ?? matchYear(i)
    }

    // MARK: - Months, seasons, quarters

    /// `September 2012`, `May of 2011`, and a month alone where the context shows it is one.
    private func matchMonthYear(_ i: Int) -> Match? {
        guard let (m, afterMonth) = month(i) else { return nil }
        var next = afterMonth
        if isWord(next, "of") || lower(next) == "," { next += 1 }
        if let y = year(next) {
            return Match(end: next + 1, period: .month(year: y, month: m))
        }
        // "January nineteen ninety-seven", as broadcast transcripts write years.
        if let (y, end) = spokenYear(next) {
            return Match(end: end, period: .month(year: y, month: m))
        }
        // "February 30, 2011": a day the month does not have is no date, and the month alone is not one
        // either ("In March 12 people died" keeps its month).
        if let day = dayOfMonth(afterMonth), token(afterMonth)!.digitCount <= 2,
            day > CalendarDate.daysIn(month: m, year: 2000)
        {
            return nil
        }
        // "June last year", "January this year".
        if let relation = lower(afterMonth), ["last", "this", "next"].contains(relation),
            isWord(afterMonth + 1, "year"),
            let reference = anchor.documentDate
        {
            let shift = relation == "last" ? -1 : relation == "next" ? 1 : 0
            return Match(end: afterMonth + 2, period: .month(year: reference.year + shift, month: m), isRelative: true)
        }
        // A month alone: "in May". Names that are also words need a cue before them; an abbreviation
        // alone needs its full stop ("Jan." is a month, "Jan" may be a name).
        let word = tokens[i].lower
        if word.count <= 4, word != "may", word != "june", word != "july", afterMonth == i + 1 { return nil }
        if words.ambiguousMonths.contains(word) || i == bounds.lowerBound {
            guard let previous = lower(i - 1), Self.monthCues.contains(previous) else { return nil }
        } else if let previous = token(i - 1), previous.isCapitalized, i - 1 > bounds.lowerBound {
            return nil  // "Theresa May", "Rue June"
        }
        // "between May and October", "from March to June", "April-March": the end of a range follows its
        // start (a list, "November and October", need not).
        if let link = lower(i - 1),
            ["to", "through", "until", "till", "-", "\u{2013}"].contains(link)
                || link == "and" && isWord(i - 3, "between"),
            let (first, _) = month(i - 2, strict: false), case .month(let startYear, first)? = anchor.lastPeriod,
            anchor.sentencesSinceLast == 0
        {
            return Match(
                end: afterMonth, period: .month(year: m >= first ? startYear : startYear + 1, month: m),
                isRelative: true)
        }
        // "from March to June 2010", "in March and April 2011": the first month of a pair takes the year
        // written after the second (the year before when the pair crosses a new year).
        if let link = lower(afterMonth), ["to", "through", "until", "till", "-", "\u{2013}", "and"].contains(link),
            let (second, afterSecond) = month(afterMonth + 1, strict: false)
        {
            let yearAt = isWord(afterSecond, "of") || lower(afterSecond) == "," ? afterSecond + 1 : afterSecond
            if let y = year(yearAt) {
                return Match(end: afterMonth, period: .month(year: second >= m ? y : y - 1, month: m))
            }
        }
        guard let y = resolveYear(month: m, day: nil) else {
            return Match(
                end: afterMonth,
                period: .unanchored(value: "\(Unknown.year)-\(CalendarDate.pad(m, 2))", precision: .month))
        }
        return Match(end: afterMonth, period: .month(year: narrativeYear() ?? y, month: m), isRelative: true)
    }

    /// The year of a month alone in a story set far from the document date: "He died in May 2010 and was
    /// buried in June" (2010, not the June before the document). It follows a month or day written out
    /// earlier in the sentence, only when the document date is more than two years from that date, since
    /// news mostly tells of its own months ("attacked since August 1985, last raided in January").
    private func narrativeYear() -> Int? {
        guard tense != .future, anchor.sentencesSinceLast == 0, let named = anchor.lastNamedYear,
            let last = anchor.lastPeriod, last.precision >= .month, let start = last.interval?.start,
            let reference = anchor.documentDate,
            abs(reference.year * 12 + reference.month - named * 12 - start.month) > 24
        else { return nil }
        return named
    }

    /// A year written in words at `i` (`nineteen ninety-six`), and the token after it.
    func spokenYear(_ i: Int) -> (year: Int, next: Int)? {
        guard let first = lower(i), first == "nineteen" || first == "eighteen", let (value, next) = quantity(i + 1),
            let value, value >= 10, value < 100, words.cardinals[lower(i + 1) ?? ""] != nil
        else { return nil }
        return ((first == "nineteen" ? 1900 : 1800) + Int(value), next)
    }

    /// Words before "the fall" that make it the season even when "in" or "to" follows ("raise output in the
    /// fall to an annual rate"); "by the fall in the dollar" and "since the fall of the Wall" are no season.
    private static let strongSeasonCues: WordSet = [
        "in", "during", "until", "till", "through", "throughout", "over", "for", "this", "late", "early", "mid",
    ]

    /// Words before "the fall" when it is the season.
    private static let seasonPrepositions: WordSet = [
        "in", "during", "by", "until", "till", "since", "through", "throughout", "over", "for", "before", "after",
        "this", "that", "late", "early", "mid",
    ]

    private static let monthCues: WordSet = [
        "in", "since", "until", "till", "by", "of", "during", "from", "to", "between", "and", "early", "late", "mid",
        "-", "last", "next", "this", "before", "after", "through", "end", "beginning", "on", "for", "each", "every",
    ]

    /// Seasons, quarters and halves: `summer 2012`, `the summer of 2012`, `the third quarter`, `first half of 2012`,
    /// `the third quarter of last year`.
    private func matchSeasonOrPart(_ i: Int) -> Match? {
        guard let word = lower(i) else { return nil }
        if let season = words.seasons[word] {
            var next = i + 1
            if isWord(next, "of") { next += 1 }
            if let y = year(next) { return Match(end: next + 1, period: .season(year: y, season: season)) }
            if let (y, end) = spokenYear(next) { return Match(end: end, period: .season(year: y, season: season)) }
            // "The fall in prices", "the fall of Rome", "hurt by the fall in the dollar" are no season; "in
            // the fall" is.
            if word == "fall", isWord(i - 1, "the"), !(lower(i - 2).map(Self.seasonPrepositions.contains) ?? false) {
                return nil
            }
            if word == "fall", let after = lower(i + 1), ["in", "of", "to", "from", "on", "by"].contains(after),
                !(isWord(i - 1, "the") && (lower(i - 2).map(Self.strongSeasonCues.contains) ?? false))
            {
                return nil
            }
            guard let previous = lower(i - 1),
                ["the", "in", "this", "during", "early", "late", "mid", "since"].contains(previous),
                let y = resolveYear(
                    month: season == .winter ? 12 : season == .spring ? 3 : season == .summer ? 6 : 9, day: nil)
            else { return nil }
            return Match(end: i + 1, period: .season(year: y, season: season), isRelative: true)
        }
        if word == "q", let q = token(i + 1)?.integerValue, (1...4).contains(q), adjacent(i, i + 1) {
            var next = i + 2
            if let y = year(next) ?? (lower(next) == "," ? year(next + 1) : nil) {
                next = year(next) != nil ? next + 1 : next + 2
                return Match(end: next, period: .quarter(year: y, quarter: q))
            }
            guard let y = anchor.documentDate?.year else { return nil }
            return Match(end: next, period: .quarter(year: y, quarter: q), isRelative: true)
        }
        let hyphen = lower(i + 1) == "-" && adjacent(i, i + 2) ? 1 : 0  // "third-quarter"
        guard let ordinal = words.ordinals[word] ?? ordinalNumber(i), let unit = lower(i + 1 + hyphen),
            unit == "quarter" || unit == "half"
        else { return nil }
        let limit = unit == "quarter" ? 4 : 2
        let part = word == "last" ? limit : ordinal
        guard (1...limit).contains(part) else { return nil }
        var next = i + 2 + hyphen
        var y: Int?
        if isWord(next, "of") {
            if let explicit = year(next + 1) {
                y = explicit
                next += 2
            } else if let afterThisYear = phrase(next + 1, ["this", "year"]) ?? phrase(next + 1, ["the", "year"]) {
                y = anchor.documentDate?.year
                next = afterThisYear
            } else if let afterLastYear = phrase(next + 1, ["last", "year"]) ?? phrase(next + 1, ["next", "year"]),
                let reference = anchor.documentDate
            {
                y = reference.year + (isWord(next + 1, "last") ? -1 : 1)
                next = afterLastYear
            }
        } else if let explicit = year(next) {
            y = explicit
            next += 1
        } else if hyphen == 0, let afterLastYear = phrase(next, ["last", "year"]), let reference = anchor.documentDate {
            // "the third quarter last year".
            y = reference.year - 1
            next = afterLastYear
        }
        let relative = y == nil
        guard let resolved = y ?? resolveQuarterYear(part: part, perYear: limit) else { return nil }
        let period: Period =
            unit == "quarter" ? .quarter(year: resolved, quarter: part) : .half(year: resolved, half: part)
        return Match(end: next, period: period, isRelative: relative)
    }

    /// The year of "the third quarter" without one: this year's if it has begun, else last year's
    /// (next year's when the clause speaks of the future).
    private func resolveQuarterYear(part: Int, perYear: Int) -> Int? {
        guard let reference = anchor.documentDate else { return nil }
        let current = (reference.month - 1) * perYear / 12 + 1
        // A quarter just ended is still reported on ("fourth-quarter results will be out" in February is
        // last year's); only one further back is next year's.
        if tense == .future {
            if current == 1 && part == perYear { return reference.year - 1 }
            return part < current - 1 ? reference.year + 1 : reference.year
        }
        return part <= current ? reference.year : reference.year - 1
    }

    // MARK: - Decades and centuries

    static let decadeWords: WordMap<Int> = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
        "nineties": 9,
    ]

    /// `1990s`, `'90s`, `the 2000s`, `the nineties`, `the 19th century`, `the twentieth century`, and years
    /// written in words (`nineteen ninety-six`).
    private func matchDecade(_ i: Int) -> Match? {
        guard let token = token(i) else { return nil }
        if let tens = Self.decadeWords[token.lower],
            isWord(i - 1, "the") || isWord(i - 1, "early") || isWord(i - 1, "late")
        {
            return Match(end: i + 1, period: .decade(190 + tens))
        }
        if let (year, next) = spokenYear(i) {
            return Match(end: next, period: .year(year))
        }
        if token.lower == "two", isWord(i + 1, "thousand"), isWord(i - 1, "year") || isWord(i - 1, "in") {
            return Match(end: i + 2, period: .year(2000))
        }
        // "the 1930's", "the early 1990's": the decade with an apostrophe.
        if token.digitCount == 4, let value = token.integerValue, value % 10 == 0, value >= 1000,
            value <= options.latestYear, let apostrophe = lower(i + 1), apostrophe == "'" || apostrophe == "\u{2019}",
            isWord(i + 2, "s"), adjacent(i, i + 2), let previous = lower(i - 1),
            ["the", "early", "late", "mid", "-"].contains(previous)
        {
            return Match(end: i + 3, period: .decade(value / 10))
        }
        if token.kind == .number, token.lower.hasSuffix("s"), let value = Int(token.lower.dropLast()) {
            if token.digitCount == 4, value % 10 == 0, value >= 1000, value <= options.latestYear {
                // "the 1900s" may be the century; TimeML reads a round century as the decade too.
                return Match(end: i + 1, period: .decade(value / 10))
            }
            if token.digitCount == 2, value % 10 == 0, let previous = self.token(i - 1),
                previous.text == "'" || previous.text == "\u{2019}", adjacent(i - 1, i)
            {
                var match = Match(end: i + 1, period: .decade((value >= 30 ? 1900 : 2000) / 10 + value / 10))
                match.start = i - 1
                return match
            }
        }
        // ("last century" is the one before the document's, read with "last".)
        if token.lower != "last", let ordinal = words.ordinals[token.lower] ?? ordinalNumber(i),
            isWord(i + 1, "century"), (1...30).contains(ordinal)
        {
            return Match(end: i + 2, period: .century(ordinal - 1))
        }
        return nil
    }

    // MARK: - Helpers

    /// `19th`, `21st`.
    func ordinalNumber(_ i: Int) -> Int? {
        guard let token = token(i), token.kind == .number else { return nil }
        let digits = token.text.prefix { $0.isASCII && $0.isNumber }
        let suffix = token.text.dropFirst(digits.count).lowercased()
        guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
        return Int(digits)
    }

    /// Whether tokens `from...to` touch with no space between them.
    func adjacent(_ from: Int, _ to: Int) -> Bool {
        guard from < to else { return true }
        for index in (from + 1)...to {
            guard let token = token(index), !token.spaceBefore else { return false }
        }
        return true
    }

    /// The year of a month (and day) named without one: of last year, this year and next year, the one
    /// closest to the document date, with a clear past or future tense ruling out the other side.
    func resolveYear(month: Int, day: Int?) -> Int? {
        guard let reference = anchor.documentDate else {
            return anchor.lastPeriod.flatMap(Self.year(of:))
        }
        let tense = self.tense
        var best: (year: Int, cost: Int)?
        for year in (reference.year - 1)...(reference.year + 1) {
            guard let first = CalendarDate(year: year, month: month, day: day ?? 1) else { continue }
            let last =
                day == nil
                ? CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)) ?? first
                : first
            var cost = 0
            if last < reference { cost = reference.dayNumber - last.dayNumber }
            // News reports more than it announces: without a tense, the past is nearer.
            if first > reference { cost = (first.dayNumber - reference.dayNumber) * (tense == .unknown ? 2 : 1) }
            if tense == .past && first > reference { cost += 200 }
            if tense == .future && last < reference { cost += 200 }
            if best == nil || cost < best!.cost { best = (year, cost) }
        }
        return best?.year
    }

    /// The year a period falls in, if it has one.
    static func year(of period: Period) -> Int? {
        switch period {
        case .day(let date), .partOfDay(let date, _): return date.year
        case .month(let year, _), .year(let year), .season(let year, _), .quarter(let year, _), .half(let year, _),
            .week(let year, _):
            return year
        case .time(let date, _, _): return date?.year
        case .decade, .century, .unanchored: return nil
        }
    }
}
