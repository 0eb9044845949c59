/// The first or last day, week or month of another period: "the last day of 2010", "the first week of
/// June 2010", "the last month of 1998".
extension TimeMatcher {
    func matchPartOfPeriod(_ i: Int) -> Match? {
        guard let word = lower(i), word == "the" || word == "first" || word == "last" else { return nil }
        let start = word == "the" ? i + 1 : i
        guard let relation = lower(start), relation == "first" || relation == "last",
            let unitWord = lower(start + 1), let unit = words.units[unitWord],
            unit == .day || unit == .week || unit == .month, isWord(start + 2, "of"),
            let whole = matchCalendar(start + 3), let interval = whole.period?.interval, let period = whole.period,
            period.precision < Self.precision(of: unit)
        else { return nil }
        let day = relation == "first" ? interval.start : interval.end
        guard let part = Self.period(unit, containing: day) else { return nil }
        return Match(end: whole.end, period: part, isRelative: whole.isRelative).with(start: i)
    }
}
