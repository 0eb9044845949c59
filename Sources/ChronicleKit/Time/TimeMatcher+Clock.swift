/// Clock times: "10:30 a.m.", "8 p.m.", "noon Thursday", "eight o'clock at night", "at 4 in the morning",
/// "1030 GMT".
extension TimeMatcher {
    /// A clock time, with the day named right after it when there is one: `9 a.m. Tuesday`,
    /// `5 p.m. EST, Nov. 9`, `noon Thursday`.
    func matchClock(_ i: Int) -> Match? {
        if isWord(i, "noon") || isWord(i, "midday") || isWord(i, "midnight") {
            let hour = isWord(i, "midnight") ? 0 : 12
            let clock = timeMatch(end: i + 1, hour: hour, minute: 0)
            if let onDay = dayAfterClock(clock, start: i) { return onDay }
            guard let previous = lower(i - 1),
                ["at", "by", "before", "after", "until", "around", "from", "since"].contains(previous)
            else { return nil }
            return dayOn(after: clock) ?? clock
        }
        if let (hour, minute, end) = twentyFourHourClock(i) {
            let clock = timeMatch(end: end, hour: hour, minute: minute)
            return dayAfterClock(clock, start: i) ?? clock
        }
        guard let clock = bareClock(i) else { return nil }
        return dayAfterClock(clock, start: i) ?? dayOn(after: clock) ?? clock
    }

    /// Words before a bare hour that make it a clock time ("at 4 in the morning", "until 9 at night").
    /// Not "by" or "to" alone, which come before amounts ("fell by 2", "rose to 8").
    private static let clockWords: WordSet = [
        "at", "around", "about", "until", "till", "before", "after", "since", "from",
    ]

    /// Whether the words before the bare hour at `i` make it a clock time: a clock word, "to" after a part
    /// of the day or a clock time ("from 10 in the morning to 3 in the afternoon", "8 a.m. to 4"), or
    /// "between 3 and".
    private func isClockWord(before i: Int) -> Bool {
        guard let before = lower(i - 1) else { return false }
        if Self.clockWords.contains(before) { return true }
        if before == "to", let earlier = lower(i - 2) {
            return words.partsOfDay[earlier] != nil || earlier == "m" || earlier == "." || earlier == "o'clock"
        }
        return before == "and" && token(i - 2)?.kind == .number && isWord(i - 3, "between")
    }

    /// Nouns a part of the day describes ("the morning session", "the afternoon game").
    private static let dayPartNouns: WordSet = [
        "session", "sessions", "trading", "trade", "game", "games", "news", "newscast", "edition", "editions",
        "paper", "papers", "show", "shows", "shift", "shifts", "flight", "flights", "prayer", "prayers", "service",
        "services", "class", "classes", "rush", "peak", "meeting", "meetings", "deadline", "market", "markets",
        "dealings", "high", "low", "lull", "break", "briefing", "broadcast", "program", "programme",
    ]

    private static let timeZones: WordSet = [
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "eet", "jst",
        "hkt", "aest", "aedt", "msk",
    ]

    /// A four-digit 24-hour time at `i` (`1030 GMT`, `1550 hrs`, `from 0900`, `at 1000.`): hour, minute and
    /// the index after it ("hrs" included, a zone left out). A plain four-digit number is a year unless a
    /// time zone, "hrs", "local" or "... time" follows, a leading zero rules out the year, or "at" comes
    /// before it with nothing after.
    func twentyFourHourClock(_ i: Int) -> (hour: Int, minute: Int, end: Int)? {
        guard let current = token(i), current.digitCount == 4, let value = current.integerValue, value / 100 < 24,
            value % 100 < 60
        else { return nil }
        let time = (hour: value / 100, minute: value % 100)
        guard let next = token(i + 1) else {
            // A wrapped line may end the sentence between the time and its zone ("to 1000\nGMT").
            let zoneAfter =
                i + 1 < tokens.count && tokens[i + 1].isAllCaps && Self.timeZones.contains(tokens[i + 1].lower)
            return isWord(i - 1, "at") || zoneAfter ? (time.hour, time.minute, i + 1) : nil
        }
        if next.lower == "hrs"
            || next.lower == "hours" && isClockWord(before: i) && !Self.approximators.contains(lower(i - 1) ?? "")
                && !isWord(i + 2, "of")
        {
            return (time.hour, time.minute, i + 2)
        }
        // "1100 local (1400 GMT)", "1330 local time", "1100 local hours", "2100 local Chicago time", but not
        // "the 2010 local elections" or "2010 local, state and federal elections".
        let local =
            next.lower == "local"
            && (token(i + 2).map { ["time", "hours", "hrs", "(", "."].contains($0.lower) } ?? true || isZoneName(i + 2))
        if Self.timeZones.contains(next.lower) || local || isZoneName(i + 1) {
            return (time.hour, time.minute, i + 1)
        }
        if current.text.utf8.first == UInt8(ascii: "0"), isClockWord(before: i) || isWord(i - 1, "to") {
            return (time.hour, time.minute, i + 1)
        }
        if isWord(i - 1, "at"), next.kind == .punctuation, next.spaceBefore || (next.text != "-" && next.text != "/"),
            !Self.levelVerbs.contains(lower(i - 2) ?? "")
        {
            return (time.hour, time.minute, i + 1)
        }
        // "from 1700 to 2100 local time", "between 0720 and 1515 GMT", "to 1115 to 1330 local time": the
        // first of a range of times.
        if ["to", "and", "-"].contains(next.lower),
            isWord(i - 1, "from") || isWord(i - 1, "between") || isWord(i - 1, "to"),
            twentyFourHourClock(i + 2) != nil
        {
            return (time.hour, time.minute, i + 1)
        }
        // "from 0800 to 1415": the end of a range that starts with a time no year can be (not the groups of a
        // telephone number, "0430-0010").
        if let link = lower(i - 1), link == "to" || link == "and", let start = token(i - 2), start.digitCount == 4,
            start.text.utf8.first == UInt8(ascii: "0"), let value = start.integerValue, value % 100 < 60
        {
            return (time.hour, time.minute, i + 1)
        }
        // "(1200) GMT".
        if next.text == ")", let zone = lower(i + 2), Self.timeZones.contains(zone) {
            return (time.hour, time.minute, i + 1)
        }
        return nil
    }

    /// Clock words that also come before amounts: "about 1500 hours" is a length.
    private static let approximators: WordSet = ["about", "around"]

    /// Verbs before "at N." that make N a level: "the index closed at 1841."
    static let levelVerbs: WordSet = [
        "closed", "stood", "ended", "finished", "settled", "peaked", "touched", "hit", "reached",
    ]

    /// Words of a phrase ending in "time" that name no zone ("for the first time", "at the same time").
    private static let notZoneWords: WordSet = [
        "for", "at", "the", "same", "first", "last", "next", "this", "that", "any", "every", "each", "some", "one",
        "full", "part", "prime", "half", "over", "record", "all",
    ]

    /// Whether one to three capitalized words and "time" start at `i`: "London time", "Central Time",
    /// "EASTERN AUSTRALIA TIME" (not "FOR FIRST TIME").
    private func isZoneName(_ i: Int) -> Bool {
        for length in 1...3 {
            guard let word = token(i + length - 1), word.isCapitalized, !Self.notZoneWords.contains(word.lower)
            else { return false }
            if isWord(i + length, "time") { return true }
        }
        return false
    }

    /// The clock time `clock` moved onto the day that follows it (after an optional time zone and comma).
    private func dayAfterClock(_ clock: Match, start: Int) -> Match? {
        guard case .time(_, let hour, let minute)? = clock.period else { return nil }
        var next = clock.end
        if let zone = lower(next), Self.timeZones.contains(zone) || zone == "local" { next += 1 }
        if lower(next) == "," { next += 1 }
        guard let word = token(next),
            word.isCapitalized || ["yesterday", "today", "tomorrow", "tonight"].contains(word.lower),
            let day = matchCalendar(next) ?? matchRelative(next), case .day(let date)? = day.period
        else { return nil }
        var onDay = Match(end: day.end, period: .time(date, hour: hour, minute: minute), isRelative: day.isRelative)
        onDay.start = start
        return onDay
    }

    /// The clock time `clock` dated by the day after "on" that follows it ("3 p.m. on Tuesday", "at noon on
    /// March 3"); its text stays the clock's, the day is tagged on its own.
    private func dayOn(after clock: Match) -> Match? {
        guard case .time(_, let hour, let minute)? = clock.period, isWord(clock.end, "on"),
            let day = matchCalendar(clock.end + 1) ?? matchRelative(clock.end + 1), case .day(let date)? = day.period
        else { return nil }
        var dated = Match(end: clock.end, period: .time(date, hour: hour, minute: minute), isRelative: day.isRelative)
        dated.start = clock.start
        return dated
    }

    /// `10:30`, `10:30 a.m.`, `8 p.m.`, `eight o'clock at night`, `4 in the morning` (after "at", "until" ...).
    private func bareClock(_ i: Int) -> Match? {
        guard let current = token(i) else { return nil }
        var hour: Int
        var minute = 0
        var next: Int
        if let h = current.integerValue, current.digitCount <= 2, lower(i + 1) == ":",
            let (m, suffixPM) = Self.minutes(token(i + 2)), adjacent(i, i + 2), h < 24
        {
            // "3:30PM": the meridiem written onto the minutes.
            hour = suffixPM.map { $0 ? (h % 12) + 12 : h % 12 } ?? h
            minute = m
            next = i + 3
            if suffixPM != nil { return timeMatch(end: next, hour: hour, minute: minute) }
        } else if current.kind == .number, let (h, m, suffixPM) = Self.dottedClock(current.text),
            suffixPM != nil || meridiem(i + 1) != nil
        {
            // "7.30pm", "3.30 p.m.": hours and minutes with a dot, as British papers write them.
            if let isPM = suffixPM { return timeMatch(end: i + 1, hour: isPM ? (h % 12) + 12 : h % 12, minute: m) }
            hour = h
            minute = m
            next = i + 1
        } else if let (value, afterValue) = quantity(i), let value, value == value.rounded(), value >= 1, value <= 12,
            current.lower != "a", current.lower != "an"
        {
            hour = Int(value)
            next = afterValue
            if isWord(next, "o'clock") || isWord(next, "o\u{2019}clock") {
                next += 1
            } else if meridiem(next) == nil {
                // "at 4 in the morning": a bare hour needs a part of the day after it, not naming a thing
                // ("the morning session"), and a clock word before it.
                guard let (_, afterPart) = dayPartAfterClock(next), !Self.dayPartNouns.contains(lower(afterPart) ?? ""),
                    isClockWord(before: i)
                else { return nil }
            }
        } else if current.kind == .number, let (h, isPM) = compactMeridiem(current.lower) {
            return timeMatch(end: i + 1, hour: isPM ? (h % 12) + 12 : h % 12, minute: 0)
        } else {
            return nil
        }
        if let (isPM, afterMeridiem) = meridiem(next) {
            hour = isPM ? (hour % 12) + 12 : hour % 12
            next = afterMeridiem
        } else if let (part, afterPart) = dayPartAfterClock(next) {
            if (part == .night || part == .evening || part == .afternoon) && hour < 12 && !(part == .night && hour < 5)
            {
                hour += 12
            } else if part == .night && hour == 12 {
                hour = 0  // "12 at night" is midnight.
            }
            next = afterPart
        }
        return timeMatch(end: next, hour: hour, minute: minute)
    }

    private func timeMatch(end: Int, hour: Int, minute: Int) -> Match {
        Match(end: end, period: .time(anchor.recentDay, hour: hour, minute: minute), isRelative: true)
    }

    /// `a.m.`, `p.m.`, `am`, `pm`.
    private func meridiem(_ i: Int) -> (isPM: Bool, next: Int)? {
        guard let word = lower(i) else { return nil }
        if word == "am" || word == "pm" { return (word == "pm", i + 1) }
        if (word == "a" || word == "p"), lower(i + 1) == ".", isWord(i + 2, "m"), adjacent(i, i + 2) {
            return (word == "p", lower(i + 3) == "." && adjacent(i + 2, i + 3) ? i + 4 : i + 3)
        }
        return nil
    }

    /// `8pm`, `10am`, `3PM`.
    private func compactMeridiem(_ text: String) -> (hour: Int, isPM: Bool)? {
        let text = text.lowercased()
        guard text.hasSuffix("am") || text.hasSuffix("pm"), let hour = Int(text.dropLast(2)), (1...12).contains(hour)
        else {
            return nil
        }
        return (hour, text.hasSuffix("pm"))
    }

    /// The minutes of a clock time (`30`, or `30pm` with the meridiem written on), and whether that
    /// meridiem is p.m.
    private static func minutes(_ token: Token?) -> (minute: Int, isPM: Bool?)? {
        guard let token, token.kind == .number else { return nil }
        if token.text.utf8.count == 2 { return token.integerValue.flatMap { $0 < 60 ? ($0, nil) : nil } }
        let text = token.text.lowercased()
        let suffix = text.hasSuffix("am") ? "am" : text.hasSuffix("pm") ? "pm" : ""
        let digits = text.dropLast(suffix.count)
        guard digits.count == 2, let minute = Int(digits), minute < 60 else { return nil }
        return (minute, suffix.isEmpty ? nil : suffix == "pm")
    }

    /// `7.30`, `7.30pm`: hour, minutes and the meridiem written on, if any (read on bytes: most numbers
    /// are prices and are turned away without a copy).
    private static func dottedClock(_ text: String) -> (hour: Int, minute: Int, isPM: Bool?)? {
        var utf8 = Array(text.utf8.prefix(8))
        guard utf8.count >= 4, utf8.count <= 7, utf8.contains(0x2E) else { return nil }
        var isPM: Bool?
        if utf8.count >= 2, utf8[utf8.count - 1] | 0x20 == 0x6D {  // "m"
            switch utf8[utf8.count - 2] | 0x20 {
            case 0x61: isPM = false  // "a"
            case 0x70: isPM = true  // "p"
            default: return nil
            }
            utf8.removeLast(2)
        }
        guard let dot = utf8.firstIndex(of: 0x2E), dot >= 1, dot <= 2, utf8.count - dot - 1 == 2,
            utf8.allSatisfy({ $0 == 0x2E || ($0 >= 0x30 && $0 <= 0x39) })
        else { return nil }
        let hour = utf8[..<dot].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        let minute = utf8[(dot + 1)...].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard (1...12).contains(hour), minute < 60 else { return nil }
        return (hour, minute, isPM)
    }

    /// "at night", "in the morning", "night" right after a clock time.
    private func dayPartAfterClock(_ i: Int) -> (Period.PartOfDay, Int)? {
        if let part = lower(i).flatMap({ words.partsOfDay[$0] }) { return (part, i + 1) }
        if isWord(i, "at"), let part = lower(i + 1).flatMap({ words.partsOfDay[$0] }) { return (part, i + 2) }
        if isWord(i, "in"), isWord(i + 1, "the"), let part = lower(i + 2).flatMap({ words.partsOfDay[$0] }) {
            return (part, i + 3)
        }
        return nil
    }
}
