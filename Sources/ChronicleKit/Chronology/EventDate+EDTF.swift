extension EventDate {
    /// The date in the Extended Date/Time Format (ISO 8601-2, EDTF), which spreadsheets, pandas and
    /// timeline tools read as a date, where the TIMEX3 ``value`` is not one for anyone else:
    ///
    /// | TIMEX3 value | EDTF | |
    /// |---|---|---|
    /// | `2011-05-14`, `2012-09`, `2006` | the same | day, month, year |
    /// | `199`, `19`, `1` | `199X`, `19XX`, `1XXX` | decade, century, millennium |
    /// | `1984-SP`, `-SU`, `-FA`, `-WI` | `1984-21`, `-22`, `-23`, `-24` | seasons |
    /// | `1984-Q1` … `1984-Q4` | `1984-33` … `1984-36` | quarters |
    /// | `1984-H1`, `1984-H2` | `1984-40`, `1984-41` | halves |
    /// | `2011-W20` | `2011-05-16/2011-05-22` | a week, as its days |
    /// | `1987-02-25TNI`, `1987-02-25T09:30` | `1987-02-25`, `1987-02-25T09:30:00` | part of a day, a time |
    /// | `2011-05-14/2011-05-15` | the same | a range of days |
    ///
    /// A date marked approximate gets `~`; one marked before (or on or before) is an interval open at the
    /// start (`../2011-05`), one marked after an interval open at the end (`2011-05/..`).
    public var edtf: String {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        var text: String
        if parts.count == 2 {
            text =
                Self.edtf(String(parts[0]), start: start, end: start) + "/"
                + Self.edtf(String(parts[1]), start: end, end: end)
        } else {
            text = Self.edtf(value, start: start, end: end)
        }
        switch modifier {
        case .approx: text += "~"
        case .before, .onOrBefore: text = "../" + text
        case .after, .onOrAfter: text += "/.."
        default: break
        }
        return text
    }

    /// One TIMEX3 date value in EDTF; `start` and `end` are the days it covers.
    private static func edtf(_ value: String, start: CalendarDate, end: CalendarDate) -> String {
        let fields = value.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let year = fields[0]
        guard year.count == 4 || fields.count == 1 else { return value }
        if fields.count == 1 {
            // A year, or a decade, century or millennium written with its first digits.
            return year.count < 4 ? year + String(repeating: "X", count: 4 - year.count) : year
        }
        let rest = fields[1]
        switch rest {
        case "SP": return year + "-21"
        case "SU": return year + "-22"
        case "FA", "AU": return year + "-23"
        case "WI": return year + "-24"
        case "Q1", "Q2", "Q3", "Q4": return year + "-" + String(32 + Int(String(rest.last!))!)
        case "H1", "H2": return year + "-" + String(39 + Int(String(rest.last!))!)
        default: break
        }
        if rest.hasPrefix("W") { return "\(start)/\(end)" }
        guard let time = rest.firstIndex(of: "T") else { return value }
        let day = year + "-" + rest[..<time]
        let clock = rest[rest.index(after: time)...]
        // A clock time ("09:30") is kept; a part of the day ("NI", "MO") has no EDTF form.
        guard clock.count == 5, clock.dropFirst(2).first == ":" else { return day }
        return day + "T" + clock + ":00"
    }
}
