/// Dates with a day: `2011-05-17`, `17/05/2011`, `17.05.2011`, `May 17, 2011`, `17 May 2011`,
/// `the third of March`, `September the 12th`, and two-day ranges (`14/15 May 2011`).
extension TimeMatcher {
    func matchFullDate(_ i: Int) -> Match? {
        matchISODate(i) ?? matchNumericDate(i) ?? matchDottedDate(i) ?? matchMonthFirst(i) ?? matchDayFirst(i)
    }

    /// `2011-05-17`, `2011/05/17`.
    private func matchISODate(_ i: Int) -> Match? {
        guard let first = token(i), first.digitCount == 4, first.text.utf8.count == 4, let y = first.integerValue,
            (1000...options.latestYear).contains(y), let separator = lower(i + 1), separator == "-" || separator == "/",
            let m = token(i + 2)?.integerValue, lower(i + 3) == separator, let d = token(i + 4)?.integerValue,
            adjacent(i, i + 4), token(i + 2)?.digitCount == 2, token(i + 4)?.digitCount == 2,
            let date = CalendarDate(year: y, month: m, day: d)
        else { return nil }
        return Match(end: i + 5, period: .day(date))
    }

    /// `17.05.2011`, `3.4.11`: day, month and year with dots, as European papers write them.
    private func matchDottedDate(_ i: Int) -> Match? {
        guard let token = token(i), token.kind == .number, token.digitCount <= 2,
            (5...10).contains(token.text.utf8.count),
            token.text.utf8.lazy.filter({ $0 == 0x2E }).count == 2
        else { return nil }
        let parts = token.text.split(separator: ".", omittingEmptySubsequences: false)
        // "17.05.11" needs two digits for day and month; "Linux 2.6.32" is a version, not a date.
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2,
            parts[2].count == 4 || parts[2].count == 2 && parts[0].count == 2 && parts[1].count == 2,
            let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2])
        else { return nil }
        if parts[2].count == 2 { y += y < 50 ? 2000 : 1900 }
        guard y <= options.latestYear, let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return Match(end: i + 1, period: .day(date))
    }

    /// `05/17/2011`, `17/05/2011`, `17-05-2011`.
    private func matchNumericDate(_ i: Int) -> Match? {
        guard let a = token(i)?.integerValue, let separator = lower(i + 1), separator == "/" || separator == "-",
            let b = token(i + 2)?.integerValue, lower(i + 3) == separator, let yearToken = token(i + 4),
            yearToken.digitCount == 4 || yearToken.digitCount == 2, var y = yearToken.integerValue,
            adjacent(i, i + 4), token(i)!.digitCount <= 2, token(i + 2)!.digitCount <= 2
        else { return nil }
        if yearToken.digitCount == 2 { y += y < 50 ? 2000 : 1900 }
        let dayFirst = a > 12 || (b <= 12 && options.dayFirst)
        let (m, d) = dayFirst ? (b, a) : (a, b)
        guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return Match(end: i + 5, period: .day(date))
    }

    /// `May 17, 2011`, `May,17, 2011`, `May 17th`, `May 14-15, 2011`, `September the 12th`.
    private func matchMonthFirst(_ i: Int) -> Match? {
        guard let (m, afterMonth) = month(i) else { return nil }
        var next = afterMonth
        if lower(next) == "," { next += 1 }
        // "September the 12th" (not "September the 10th consecutive decline", where it counts months).
        if next == afterMonth, isWord(next, "the"), let day = token(next + 1), day.kind == .number,
            day.digitCount < day.text.utf8.count,
            !(lower(next + 2).map { Self.ordinalNouns.contains($0) || $0.hasSuffix("est") } ?? false)
        {
            next += 1
        }
        guard let d = dayOfMonth(next), token(next)!.digitCount <= 2 else { return nil }
        // "MAY7", "APR7": a futures contract month and year digit, not a day.
        if next == afterMonth, next == i + 1, !tokens[next].spaceBefore { return nil }
        // "May 5 people": a count, not a day.
        if let after = lower(next + 1), words.countNouns.contains(after) { return nil }
        next += 1
        var lastDay: Int?
        if let separator = lower(next), ["-", "\u{2013}", "/", "to", "and"].contains(separator),
            let second = dayOfMonth(next + 1), second > d
        {
            lastDay = second
            next += 2
        }
        var explicitYear: Int?
        var afterYear = next
        if lower(afterYear) == "," { afterYear += 1 }
        if let y = year(afterYear) {
            explicitYear = y
            next = afterYear + 1
        }
        return dayMatch(end: next, year: explicitYear, month: m, day: d, lastDay: lastDay)
    }

    /// `17 May 2011`, `14/15 May of 2011`, `the 17th of May`, `the third of March`.
    private func matchDayFirst(_ i: Int) -> Match? {
        // A day in words needs "the" before it and "of" after it: "the third of March" (not "a third of
        // March sales").
        let spelled =
            isWord(i + 1, "of") && (isWord(i - 1, "the") || isWord(i - 1, "on"))
            ? lower(i).flatMap { words.ordinals[$0] } : nil
        guard let d = dayOfMonth(i) ?? spelled.flatMap({ lower(i) != "last" && $0 <= 31 ? $0 : nil }) else {
            return nil
        }
        if let previous = token(i - 1), previous.text == "/" || previous.kind == .number { return nil }
        var next = i + 1
        var lastDay: Int?
        if let separator = lower(next), ["-", "\u{2013}", "/", "to", "and"].contains(separator),
            let second = dayOfMonth(next + 1), second > d
        {
            lastDay = second
            next += 2
        }
        if isWord(next, "of") { next += 1 }
        // "17-May-2011"
        let hyphened = lastDay == nil && lower(next) == "-" && adjacent(i, next + 1)
        if hyphened { next += 1 }
        guard let (m, afterMonth) = month(next, strict: false) else { return nil }
        if words.ambiguousMonths.contains(lower(next)!) && !tokens[next].isCapitalized { return nil }
        next = afterMonth
        var explicitYear: Int?
        var afterYear = next
        if isWord(afterYear, "of") || lower(afterYear) == "," || hyphened && lower(afterYear) == "-" { afterYear += 1 }
        if let y = year(afterYear) {
            explicitYear = y
            next = afterYear + 1
        }
        return dayMatch(end: next, year: explicitYear, month: m, day: d, lastDay: lastDay)
    }

    private func dayMatch(end: Int, year explicitYear: Int?, month m: Int, day d: Int, lastDay: Int?) -> Match? {
        guard let y = explicitYear ?? resolveYear(month: m, day: d) else {
            let value = "\(Unknown.year)-\(CalendarDate.pad(m, 2))-\(CalendarDate.pad(d, 2))"
            return Match(end: end, period: .unanchored(value: value, precision: .day))
        }
        guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        var match = Match(end: end, period: .day(date), isRelative: explicitYear == nil)
        if let lastDay { match.rangeEnd = CalendarDate(year: y, month: m, day: lastDay) }
        return match
    }

    /// Words after an ordinal that make it a count, not a day ("the 10th consecutive decline").
    private static let ordinalNouns: WordSet = [
        "consecutive", "straight", "successive", "time", "times", "anniversary", "round", "place", "annual",
        "session", "monthly", "weekly", "daily", "yearly", "month", "week", "year", "day", "quarter", "largest",
    ]
}
