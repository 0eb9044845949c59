/// Days news text names instead of dating them: "Christmas", "Thanksgiving Day", "Election Day".
///
/// Only holidays with one date everywhere they are named in English news are listed (US holidays
/// with their US rules); national days that differ by country ("Independence Day") are left out.
enum Holiday: CaseIterable, Sendable {
    case newYearsDay, newYearsEve, valentinesDay, fourthOfJuly, bastilleDay, halloween, christmasEve, christmas
    case boxingDay, easter, goodFriday, easterWeek, memorialDay, laborDay, thanksgiving, electionDay

    /// The lower-case words that name the holiday (the possessive `'s` is a word of its own).
    var names: [[String]] {
        switch self {
        case .newYearsDay: return [["new", "year", "'s", "day"], ["new", "year", "'s"]]
        case .newYearsEve: return [["new", "year", "'s", "eve"]]
        case .valentinesDay: return [["valentine", "'s", "day"]]
        case .fourthOfJuly: return [["fourth", "of", "july"]]
        case .bastilleDay: return [["bastille", "day"]]
        case .halloween: return [["halloween"]]
        case .christmasEve: return [["christmas", "eve"]]
        case .christmas: return [["christmas", "day"], ["christmas"]]
        case .boxingDay: return [["boxing", "day"]]
        case .easter: return [["easter", "sunday"], ["easter", "day"], ["easter"]]
        case .goodFriday: return [["good", "friday"]]
        // News uses "Easter week" for the week that ends on Easter Sunday (as TimeBank dates it).
        case .easterWeek: return [["easter", "week"]]
        case .memorialDay: return [["memorial", "day"]]
        // "Labour Day" is May Day in most of the Commonwealth: only the US spelling is taken.
        case .laborDay: return [["labor", "day"]]
        case .thanksgiving: return [["thanksgiving", "day"], ["thanksgiving"]]
        case .electionDay: return [["election", "day"]]
        }
    }

    /// The first word of every name, for the tagger's quick rejection of other words.
    static let firstWords: WordSet = WordSet(allCases.flatMap { $0.names.map { $0[0] } })

    /// The holiday whose name starts at `words[0]`, longest name first, and how many words it takes.
    static func named(_ words: (Int) -> String?) -> (holiday: Holiday, length: Int)? {
        guard let first = words(0), firstWords.contains(first) else { return nil }
        var best: (holiday: Holiday, length: Int)?
        for holiday in allCases {
            for name in holiday.names where name.count > (best?.length ?? 0) {
                let matches = name.indices.allSatisfy { index in
                    let word = words(index)
                    return word == name[index] || (name[index] == "'s" && word == "\u{2019}s")
                }
                if matches { best = (holiday, name.count) }
            }
        }
        return best
    }

    /// The period the holiday covers in `year` (a day, or a week for "Easter week").
    func period(in year: Int) -> Period? {
        guard let day = date(in: year) else { return nil }
        if self == .easterWeek {
            let week = day.isoWeek
            return .week(year: week.year, week: week.week)
        }
        return .day(day)
    }

    /// The holiday's date in `year`.
    func date(in year: Int) -> CalendarDate? {
        switch self {
        case .newYearsDay: return CalendarDate(year: year, month: 1, day: 1)
        case .newYearsEve: return CalendarDate(year: year, month: 12, day: 31)
        case .valentinesDay: return CalendarDate(year: year, month: 2, day: 14)
        case .fourthOfJuly: return CalendarDate(year: year, month: 7, day: 4)
        case .bastilleDay: return CalendarDate(year: year, month: 7, day: 14)
        case .halloween: return CalendarDate(year: year, month: 10, day: 31)
        case .christmasEve: return CalendarDate(year: year, month: 12, day: 24)
        case .christmas: return CalendarDate(year: year, month: 12, day: 25)
        case .boxingDay: return CalendarDate(year: year, month: 12, day: 26)
        case .easter, .easterWeek: return Self.easterSunday(year)
        case .goodFriday: return Self.easterSunday(year)?.adding(days: -2)
        case .memorialDay: return Self.weekday(1, ordinal: -1, month: 5, year: year)
        case .laborDay: return Self.weekday(1, ordinal: 1, month: 9, year: year)
        case .thanksgiving: return Self.weekday(4, ordinal: 4, month: 11, year: year)
        case .electionDay:
            // The Tuesday after the first Monday of November.
            return Self.weekday(1, ordinal: 1, month: 11, year: year)?.adding(days: 1)
        }
    }

    /// The `ordinal`-th `weekday` (1 = Monday) of a month; a negative ordinal counts from the month's end.
    static func weekday(_ weekday: Int, ordinal: Int, month: Int, year: Int) -> CalendarDate? {
        if ordinal > 0 {
            guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
            let offset = (weekday - first.weekday + 7) % 7
            return first.adding(days: offset + 7 * (ordinal - 1))
        }
        guard let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        else { return nil }
        let offset = (last.weekday - weekday + 7) % 7
        return last.adding(days: -offset + 7 * (ordinal + 1))
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).
    static func easterSunday(_ year: Int) -> CalendarDate? {
        guard year > 1582 else { return nil }
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }
}
