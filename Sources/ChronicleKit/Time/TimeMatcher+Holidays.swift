/// Holidays named for their day: "Christmas", "last Thanksgiving", "Easter 2000", "Election Day".
extension TimeMatcher {
    func matchHoliday(_ i: Int) -> Match? {
        guard let word = lower(i) else { return nil }
        let direction: Int? = word == "last" ? -1 : word == "next" ? 1 : word == "this" ? 0 : nil
        let start = direction == nil ? i : i + 1
        guard let first = token(start), first.isCapitalized,
            let (holiday, length) = Holiday.named({ lower(start + $0) })
        else { return nil }
        let end = start + length
        var yearIndex = end
        if isWord(yearIndex, "of") || lower(yearIndex) == "," { yearIndex += 1 }
        if direction == nil, let explicit = year(yearIndex), let period = holiday.period(in: explicit) {
            return Match(end: yearIndex + 1, period: period)
        }
        guard let reference = anchor.documentDate else {
            // Without a document date only a holiday with a fixed day has a value: `XXXX-12-25`.
            guard let day = holiday.date(in: 2001), holiday.date(in: 2002)?.day == day.day, holiday != .easterWeek
            else { return nil }
            let value = "\(Unknown.year)-\(CalendarDate.pad(day.month, 2))-\(CalendarDate.pad(day.day, 2))"
            return Match(end: end, period: .unanchored(value: value, precision: .day))
        }
        guard let year = holidayYear(holiday, direction: direction, reference: reference),
            let period = holiday.period(in: year)
        else { return nil }
        return Match(end: end, period: period, isRelative: true)
    }

    /// The year of a holiday named without one: the last one before the document date, the next one
    /// after it, this year's, or (with no word to say) the nearest in the direction the tense says.
    private func holidayYear(_ holiday: Holiday, direction: Int?, reference: CalendarDate) -> Int? {
        guard let day = holiday.date(in: reference.year) else { return nil }
        switch direction {
        case .some(0): return reference.year
        case .some(-1): return day < reference ? reference.year : reference.year - 1
        case .some(1): return day > reference ? reference.year : reference.year + 1
        default: return resolveYear(month: day.month, day: day.day)
        }
    }
}
