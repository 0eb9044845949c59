/// The TIMEX3 placeholders for calendar parts a text leaves unknown ("in May": the year is unknown).
enum Unknown {
    static let year = String(repeating: "X", count: 4)
    static let twoDigits = String(repeating: "X", count: 2)
    static let day = "\(year)-\(twoDigits)-\(twoDigits)"
    static let week = "\(year)-W\(twoDigits)"
}

/// A calendar period a date expression names, before it becomes a TIMEX3 value.
enum Period: Hashable, Sendable {
    case day(CalendarDate)
    case month(year: Int, month: Int)
    case year(Int)
    case decade(Int)
    case century(Int)
    case season(year: Int, season: Season)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case week(year: Int, week: Int)
    case partOfDay(CalendarDate, PartOfDay)
    case time(CalendarDate?, hour: Int, minute: Int)
    /// A period whose year (or more) is unknown: the value is written with X placeholders.
    case unanchored(value: String, precision: DatePrecision)

    /// The seasons as TIMEX3 writes them; winter is the one that starts in December of its year.
    enum Season: String, Sendable {
        case spring = "SP", summer = "SU", fall = "FA", winter = "WI"
    }

    /// Parts of the day as TIMEX3 writes them.
    enum PartOfDay: String, Sendable {
        case morning = "MO", midday = "MI", afternoon = "AF", evening = "EV", night = "NI", day = "DT"
    }

    var kind: TimeExpression.Kind {
        switch self {
        case .partOfDay, .time: return .time
        default: return .date
        }
    }

    var precision: DatePrecision {
        switch self {
        case .day: return .day
        case .month: return .month
        case .year: return .year
        case .decade: return .decade
        case .century: return .century
        case .season: return .season
        case .quarter: return .quarter
        case .half: return .half
        case .week: return .week
        case .partOfDay: return .partOfDay
        case .time: return .minute
        case .unanchored(_, let precision): return precision
        }
    }

    /// The TIMEX3 value.
    var value: String {
        let pad = CalendarDate.pad
        switch self {
        case .day(let date): return date.description
        case .month(let year, let month): return "\(pad(year, 4))-\(pad(month, 2))"
        case .year(let year): return pad(year, 4)
        case .decade(let decade): return pad(decade, 3)
        case .century(let century): return pad(century, 2)
        case .season(let year, let season): return "\(pad(year, 4))-\(season.rawValue)"
        case .quarter(let year, let quarter): return "\(pad(year, 4))-Q\(quarter)"
        case .half(let year, let half): return "\(pad(year, 4))-H\(half)"
        case .week(let year, let week): return "\(pad(year, 4))-W\(pad(week, 2))"
        case .partOfDay(let date, let part): return "\(date)T\(part.rawValue)"
        case .time(let date, let hour, let minute):
            return "\(date?.description ?? Unknown.day)T\(pad(hour, 2)):\(pad(minute, 2))"
        case .unanchored(let value, _): return value
        }
    }

    /// The days covered, or `nil` when the period is not anchored in the calendar.
    var interval: DayInterval? {
        func span(_ start: CalendarDate?, _ end: CalendarDate?) -> DayInterval? {
            guard let start, let end else { return nil }
            return DayInterval(start: start, end: end)
        }
        func monthSpan(_ year: Int, _ first: Int, _ last: Int) -> DayInterval? {
            span(
                CalendarDate(year: year, month: first, day: 1),
                CalendarDate(year: year, month: last, day: CalendarDate.daysIn(month: last, year: year)))
        }
        switch self {
        case .day(let date), .partOfDay(let date, _): return DayInterval(day: date)
        case .time(let date, _, _): return date.map { DayInterval(day: $0) }
        case .month(let year, let month): return monthSpan(year, month, month)
        case .year(let year): return monthSpan(year, 1, 12)
        case .decade(let decade):
            return span(
                CalendarDate(year: max(decade * 10, 1), month: 1, day: 1),
                CalendarDate(year: decade * 10 + 9, month: 12, day: 31))
        case .century(let century):
            return span(
                CalendarDate(year: max(century * 100, 1), month: 1, day: 1),
                CalendarDate(year: century * 100 + 99, month: 12, day: 31))
        case .season(let year, let season):
            switch season {
            case .spring: return monthSpan(year, 3, 5)
            case .summer: return monthSpan(year, 6, 8)
            case .fall: return monthSpan(year, 9, 11)
            case .winter:
                return span(
                    CalendarDate(year: year, month: 12, day: 1),
                    CalendarDate(year: year + 1, month: 2, day: CalendarDate.isLeap(year + 1) ? 29 : 28))
            }
        case .quarter(let year, let quarter): return monthSpan(year, quarter * 3 - 2, quarter * 3)
        case .half(let year, let half): return monthSpan(year, half * 6 - 5, half * 6)
        case .week(let year, let week):
            guard let monday = CalendarDate.mondayOf(isoWeek: week, year: year) else { return nil }
            return span(monday, monday.adding(days: 6))
        case .unanchored: return nil
        }
    }
}
