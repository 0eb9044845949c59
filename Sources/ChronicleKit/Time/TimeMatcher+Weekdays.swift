/// Weekdays resolved against the document date ("on Tuesday", "Friday night"), and the unit arithmetic
/// the relative expressions share.
extension TimeMatcher {
    /// "Monday", "on Tuesday morning".
    func matchWeekday(_ i: Int) -> Match? {
        guard let token = token(i), token.isCapitalized, let weekday = words.weekdays[token.lower] else {
            return nil
        }
        // "the Sunday Times", "Black Monday", "Super Tuesday" are names, not days.
        if let next = lower(i + 1), Self.namesAfterWeekday.contains(next), self.token(i + 1)!.isCapitalized {
            return nil
        }
        if let previous = self.token(i - 1), previous.isCapitalized, Self.namesBeforeWeekday.contains(previous.lower) {
            return nil
        }
        return weekdayMatch(end: i + 1, weekday: weekday, direction: nil)
    }

    /// Words after a weekday that make it a newspaper's or a show's name.
    private static let namesAfterWeekday: WordSet = [
        "times", "telegraph", "express", "mirror", "herald", "post", "mail", "star", "sport", "independent",
        "tribune", "observer", "standard", "business", "journal", "people", "sun", "world",
    ]

    /// Words before a weekday that make it the name of a day in history or politics.
    private static let namesBeforeWeekday: WordSet = ["black", "super", "cyber", "blue", "bloody"]

    /// The weekday nearest the document date, in the direction the tense (or `direction`) says.
    func weekdayMatch(end: Int, weekday: Int, direction: Int?) -> Match? {
        var end = end
        let part = lower(end).flatMap { words.partsOfDay[$0] }
        if part != nil { end += 1 }
        guard let reference = anchor.documentDate else {
            let value = "\(Unknown.week)-\(weekday)"
            return Match(
                end: end, period: .unanchored(value: part.map { "\(value)T\($0.rawValue)" } ?? value, precision: .day))
        }
        // "Wednesday's ruling": a day whose event is spoken of as done.
        let possessive = lower(end) == "'s" || lower(end) == "\u{2019}s"
        let step = direction ?? (!possessive && tense == .future ? 1 : -1)
        var difference = weekday - reference.weekday
        if step < 0 {
            if difference > 0 || (direction != nil && difference == 0) { difference -= 7 }
        } else if difference < 0 || (direction != nil && difference == 0) {
            difference += 7
        }
        guard let day = reference.adding(days: difference) else { return nil }
        // "Friday night" is a TIME: the day and its part (`1998-08-07TNI`), as the TIMEX3 guidelines write it.
        return Match(end: end, period: part.map { .partOfDay(day, $0) } ?? .day(day), isRelative: true)
    }

    // MARK: - Unit arithmetic

    static func shift(_ date: CalendarDate, by unit: TimeLexicon.Unit, count: Int) -> CalendarDate? {
        switch unit {
        case .day: return date.adding(days: count)
        case .week, .weekend: return date.adding(days: 7 * count)
        case .fortnight: return date.adding(days: 14 * count)
        case .month: return date.adding(months: count)
        case .quarter: return date.adding(months: 3 * count)
        case .year: return date.adding(months: 12 * count)
        case .decade: return date.adding(months: 120 * count)
        case .century: return date.adding(months: 1200 * count)
        case .hour, .minute, .second: return nil
        }
    }

    static func period(_ unit: TimeLexicon.Unit, containing date: CalendarDate) -> Period? {
        switch unit {
        case .day: return .day(date)
        case .week, .weekend, .fortnight:
            let week = date.isoWeek
            return .week(year: week.year, week: week.week)
        case .month: return .month(year: date.year, month: date.month)
        case .quarter: return .quarter(year: date.year, quarter: (date.month + 2) / 3)
        case .year: return .year(date.year)
        case .decade: return .decade(date.year / 10)
        case .century: return .century(date.year / 100)
        case .hour, .minute, .second: return nil
        }
    }

    static func precision(of unit: TimeLexicon.Unit) -> DatePrecision {
        switch unit {
        case .day, .hour, .minute, .second: return .day
        case .week, .weekend, .fortnight: return .week
        case .month: return .month
        case .quarter: return .quarter
        case .year: return .year
        case .decade: return .decade
        case .century: return .century
        }
    }

    static func unanchoredValue(_ unit: TimeLexicon.Unit) -> String {
        switch precision(of: unit) {
        case .day: return Unknown.day
        case .week: return Unknown.week
        case .month: return "\(Unknown.year)-\(Unknown.twoDigits)"
        case .quarter: return "\(Unknown.year)-QX"
        case .decade: return String(repeating: "X", count: 3)
        case .century: return Unknown.twoDigits
        default: return Unknown.year
        }
    }
}
