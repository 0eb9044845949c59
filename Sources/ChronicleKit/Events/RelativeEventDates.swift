/// Dates events told relative to another dated event in the same sentence:
/// "entered into force on April 30, 2022, three weeks after [they] signed the roadmap" dates the signing
/// to 2022-04-09; "Three weeks after the tunnel was raided on 15 May 2019, [he] was stripped of his post"
/// dates the stripping to 2019-06-05.
struct RelativeEventDates {
    let tokens: [Token]
    let bounds: Range<Int>

    /// Extra (trigger, date) pairs for the sentence.
    func pairs(times: [TimeExpression], anchors: [TimeExpression], triggers: [Trigger]) -> [(Trigger, TimeExpression)] {
        var result: [(Trigger, TimeExpression)] = []
        for duration in times where duration.kind == .duration {
            guard let after = bounds.first(where: { tokens[$0].range.start >= duration.range.end }),
                ["after", "before", "later"].contains(tokens[after].lower),
                let (amount, unit) = Self.parse(duration.value)
            else { continue }
            let sign = tokens[after].lower == "before" ? -1 : 1
            if let anchor = anchors.last(where: { $0.range.end <= duration.range.start }),
                let day = anchor.interval?.start,
                anchor.precision == .day, tokens[after].lower != "later"
            {
                // "X on April 30, three weeks after Y": Y happened that long before the anchor.
                guard let trigger = triggers.filter({ $0.isVerb && $0.index > after }).min(by: { $0.index < $1.index }),
                    let date = Self.shift(day, by: -sign * amount, unit)
                else { continue }
                result.append((trigger, Self.expression(date, from: duration)))
            } else if let anchor = anchors.first(where: { $0.range.start >= duration.range.end }),
                let day = anchor.interval?.start,
                anchor.precision == .day
            {
                // "Three weeks after Y on 15 May 2019, X": X happened that long after the anchor.
                let anchorEnd = bounds.first { tokens[$0].range.start >= anchor.range.end } ?? bounds.upperBound
                guard let comma = (anchorEnd..<bounds.upperBound).first(where: { tokens[$0].text == "," }),
                    let trigger = triggers.filter({ $0.isVerb && $0.index > comma }).min(by: { $0.index < $1.index }),
                    let date = Self.shift(day, by: sign * amount, unit)
                else { continue }
                result.append((trigger, Self.expression(date, from: duration)))
            }
        }
        return result
    }

    private static func expression(_ date: CalendarDate, from duration: TimeExpression) -> TimeExpression {
        TimeExpression(
            kind: .date, value: date.description, precision: .day, interval: DayInterval(day: date),
            range: duration.range,
            text: duration.text + " after", isRelative: true)
    }

    /// `P3W` → (3, week); only whole days, weeks, months and years.
    static func parse(_ value: String) -> (Int, Character)? {
        guard value.hasPrefix("P"), !value.contains("T"), let unit = value.last, "DWMY".contains(unit),
            let amount = Int(value.dropFirst().dropLast())
        else { return nil }
        return (amount, unit)
    }

    static func shift(_ date: CalendarDate, by amount: Int, _ unit: Character) -> CalendarDate? {
        switch unit {
        case "D": return date.adding(days: amount)
        case "W": return date.adding(days: 7 * amount)
        case "M": return date.adding(months: amount)
        default: return date.adding(months: 12 * amount)
        }
    }
}
