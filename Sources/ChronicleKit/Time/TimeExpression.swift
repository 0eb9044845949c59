/// A temporal expression found in text, normalized the way TimeML's TIMEX3 does.
public struct TimeExpression: Sendable, Hashable, Codable {
    /// The TIMEX3 type.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A calendar date or period: `2011-05-17`, `2012-09`, `199`.
        case date = "DATE"
        /// A time of day: `2011-05-14T20:00`.
        case time = "TIME"
        /// A length of time: `P7Y`, `PT3H`.
        case duration = "DURATION"
        /// A recurrence: `P1W` (weekly), every Monday.
        case set = "SET"
    }

    /// The TIMEX3 type.
    public var kind: Kind
    /// The TIMEX3 `value` (`2011-05-17`, `2012-SU`, `P3Y6M`, `PRESENT_REF`; unknown parts as `X`s when unanchored).
    public var value: String
    /// The TIMEX3 `mod`, if any.
    public var modifier: TimeModifier?
    /// How fine the value is, for dates and times.
    public var precision: DatePrecision?
    /// The days the expression covers, when it names a calendar period that could be anchored.
    public var interval: DayInterval?
    /// The UTF-8 range of the expression in the document.
    public var range: TextRange
    /// The text as written.
    public var text: String
    /// Whether the value was computed from an anchor (the document date or an earlier date).
    public var isRelative: Bool
    /// For two-part day expressions ("14/15 May 2011"), the last day named.
    public var rangeEnd: CalendarDate?

    /// Creates a time expression.
    public init(
        kind: Kind, value: String, modifier: TimeModifier? = nil, precision: DatePrecision? = nil,
        interval: DayInterval? = nil, range: TextRange, text: String, isRelative: Bool = false,
        rangeEnd: CalendarDate? = nil
    ) {
        self.kind = kind
        self.value = value
        self.modifier = modifier
        self.precision = precision
        self.interval = interval
        self.range = range
        self.text = text
        self.isRelative = isRelative
        self.rangeEnd = rangeEnd
    }

    /// Whether this expression can date an event: a date or time with a calendar interval.
    public var isCalendarAnchor: Bool {
        (kind == .date || kind == .time) && interval != nil
    }
}

/// The TIMEX3 `mod` attribute: where in a period, or how exactly.
public enum TimeModifier: String, Sendable, Hashable, Codable, CaseIterable {
    case start = "START"
    case mid = "MID"
    case end = "END"
    case approx = "APPROX"
    case before = "BEFORE"
    case after = "AFTER"
    case onOrBefore = "ON_OR_BEFORE"
    case onOrAfter = "ON_OR_AFTER"
    case lessThan = "LESS_THAN"
    case moreThan = "MORE_THAN"
    case equalOrLess = "EQUAL_OR_LESS"
    case equalOrMore = "EQUAL_OR_MORE"
}

/// How fine a date is.
public enum DatePrecision: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case millennium, century, decade, year, half, quarter, season, month, week, day, partOfDay = "part_of_day", minute

    /// Coarse to fine.
    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rank < rhs.rank }
}

/// An inclusive run of days.
public struct DayInterval: Sendable, Hashable, Codable {
    /// The first day.
    public var start: CalendarDate
    /// The last day (inclusive).
    public var end: CalendarDate

    /// Creates an interval; `end` before `start` is swapped.
    public init(start: CalendarDate, end: CalendarDate) {
        self.start = min(start, end)
        self.end = max(start, end)
    }

    /// A single day.
    public init(day: CalendarDate) {
        self.init(start: day, end: day)
    }

    /// The part of the interval a modifier points at (the first, middle or last third).
    public func narrowed(by modifier: TimeModifier?) -> DayInterval {
        guard let modifier else { return self }
        let length = end.dayNumber - start.dayNumber + 1
        guard length >= 3 else { return self }
        let third = length / 3
        switch modifier {
        case .start:
            return DayInterval(start: start, end: start.adding(days: third - 1) ?? start)
        case .mid:
            return DayInterval(start: start.adding(days: third) ?? start, end: end.adding(days: -third) ?? end)
        case .end:
            return DayInterval(start: end.adding(days: -(third - 1)) ?? end, end: end)
        default:
            return self
        }
    }
}
