/// Pattern matching over the tokens of one sentence; one instance per sentence.
///
/// Every `match...` method looks at a bounded number of tokens from a start index and either
/// returns a ``TimeMatcher/Match`` or `nil`; `run()` tries them in priority order at each position.
struct TimeMatcher {
    let tokens: [Token]
    /// ``TimeLexicon/classes(of:)`` of the tokens, looked up once per document.
    let classes: [TimeLexicon.WordClass]
    let bounds: Range<Int>
    var anchor: NarrativeAnchor
    let options: TimeTagger.Options
    /// The token the patterns are being tried at.
    private(set) var position = 0

    init(
        tokens: [Token], classes: [TimeLexicon.WordClass], bounds: Range<Int>, anchor: NarrativeAnchor,
        options: TimeTagger.Options
    ) {
        self.tokens = tokens
        self.classes = classes
        self.bounds = bounds
        self.anchor = anchor
        self.options = options
    }

    /// The tense of the clause around the current position (a few words either side), which decides
    /// whether "Tuesday" or "Dec. 15" is the one before or after the document date.
    /// The language's time words, as the options carry them.
    var words: TimeWords { options.language.time }

    var tense: Tense {
        // The nearest tense marker decides: scan outward from the expression, a few words each way.
        // "as early as" looks ahead only when nothing else does.
        var earliest = false
        for distance in 1...10 {
            for index in [position - distance, position + distance]
            where index >= bounds.lowerBound && index < bounds.upperBound {
                if distance > 6 && index > position { continue }
                if Tense.isEarliestDate(at: index, in: tokens, bounds: bounds) {
                    earliest = true
                    continue
                }
                let marker = Tense.marker(at: index, in: tokens, bounds: bounds)
                if marker != .unknown { return marker }
            }
        }
        return earliest ? .future : .unknown
    }

    /// What one pattern found: the tokens it covers and the normalized value.
    struct Match {
        var end: Int
        var kind: TimeExpression.Kind
        var value: String
        var period: Period?
        var modifier: TimeModifier?
        var isRelative = false
        var rangeEnd: CalendarDate?
        /// Tokens at the start of the match that TimeML leaves outside the tag ("on", "the" are never in).
        var start: Int? = nil

        init(end: Int, period: Period, modifier: TimeModifier? = nil, isRelative: Bool = false) {
            self.end = end
            self.kind = period.kind
            self.value = period.value
            self.period = period
            self.modifier = modifier
            self.isRelative = isRelative
        }

        init(end: Int, kind: TimeExpression.Kind, value: String, modifier: TimeModifier? = nil) {
            self.end = end
            self.kind = kind
            self.value = value
            self.modifier = modifier
        }
    }

    /// Tags the sentence, updating the narrative anchor as calendar dates go by.
    mutating func run() -> [TimeExpression] {
        var found: [TimeExpression] = []
        var i = bounds.lowerBound
        var previousEnd = bounds.lowerBound
        anchor.sentencesSinceLast += 1
        while i < bounds.upperBound {
            position = i
            guard let match = matchAt(i), match.end > i else {
                i += 1
                continue
            }
            var first = match.start ?? i
            if first - 1 >= previousEnd, takesArticle(first, end: match.end) { first -= 1 }
            previousEnd = match.end
            let range = TextRange(start: tokens[first].range.start, end: tokens[match.end - 1].range.end)
            var interval = match.period?.interval.map { $0.narrowed(by: match.modifier) }
            if let last = match.rangeEnd, let first = interval?.start {
                interval = DayInterval(start: first, end: last)
            }
            found.append(
                TimeExpression(
                    kind: match.kind, value: match.value, modifier: match.modifier, precision: match.period?.precision,
                    interval: interval, range: range, text: first < match.end ? tokens.text(first..<match.end) : "",
                    isRelative: match.isRelative,
                    rangeEnd: match.rangeEnd))
            if let period = match.period, period.interval != nil, match.kind == .date || match.kind == .time {
                switch period {
                case .time(let day?, _, _), .partOfDay(let day, _):
                    // A time or a part of a day on a day of its own ("1200 hrs EST, April 2", "Friday night")
                    // moves the story to that day.
                    if day != anchor.recentDay {
                        anchor.lastPeriod = .day(day)
                        anchor.sentencesSinceLast = 0
                        anchor.lastNamedYear = match.isRelative ? nil : day.year
                    }
                case .time:
                    break
                default:
                    anchor.lastPeriod = period
                    anchor.sentencesSinceLast = 0
                    // A date worked out from another ("a year later", "on Tuesday") or a decade leaves no
                    // written-out year for "later in the year" to follow.
                    anchor.lastNamedYear = match.isRelative ? nil : Self.year(of: period)
                }
            }
            i = match.end
        }
        return found
    }

    /// Whether the "the" before an expression belongs to it, as TimeML marks it: "the third quarter",
    /// "the nine months", "the first nine months", "the early 1980s", "the nineties", "the 1988 period",
    /// "the current fiscal year", "the summer of 1994". Not before a modifier of a noun outside it ("the third-quarter results",
    /// "the two-week strike", "the 1996 election", "the Oct. 23 meeting").
    private func takesArticle(_ first: Int, end: Int) -> Bool {
        guard isWord(first - 1, "the"), let head = token(first) else { return false }
        let headWord = head.lower
        // "the summer", "the winter of nineteen ninety-four".
        if words.seasons[headWord] != nil { return true }
        // A hyphenated compound ("third-quarter", "two-week") modifies a noun after it.
        if tokens[first..<end].contains(where: { $0.text == "-" }) { return false }
        let last = tokens[end - 1].lower
        let endsInUnit =
            words.units[last] != nil || last == "period" || Self.decadeWords[last] != nil
            || tokens[end - 1].kind == .number && last.hasSuffix("s")
        guard endsInUnit else { return false }
        return words.ordinals[headWord] != nil || words.cardinals[headWord] != nil
            || head.kind == .number || ["early", "late", "mid", "current", "fiscal"].contains(headWord)
            || Self.decadeWords[headWord] != nil
    }

    /// The first pattern that matches at `i`, in priority order.
    func matchAt(_ i: Int) -> Match? {
        guard i >= bounds.lowerBound && i < bounds.upperBound else { return nil }
        // Read in place: this runs for every token, and a copy of the token retains its strings.
        let kind = tokens[i].kind
        // Cheap rejection: every pattern starts with a word or a number.
        if kind == .punctuation && tokens[i].text != "'" && tokens[i].text != "\u{2019}" { return nil }
        // Most words start no pattern: one set lookup spares the pattern calls.
        if kind == .word && !classes[i].contains(.starter) { return nil }
        // "the", "a", "in" start a pattern only with a time word or a number close behind.
        if kind == .word && classes[i].contains(.functionStarter)
            && !((i + 1)..<min(i + 6, bounds.upperBound)).contains(where: { isAnchor($0) })
        {
            return nil
        }
        return matchPartOfPeriod(i) ?? matchModified(i) ?? matchCalendar(i) ?? matchHoliday(i) ?? matchRelative(i)
            ?? matchClock(i)
            ?? matchReference(i)
            ?? matchDuration(i) ?? matchSet(i)
    }

    // MARK: - Token helpers

    /// Whether token `j` is a number or a time word (``TimeLexicon/anchors``); capitalized words count too,
    /// for months, weekdays and holidays.
    private func isAnchor(_ j: Int) -> Bool {
        let token = tokens[j]
        return token.kind == .number || token.isCapitalized || classes[j].contains(.anchor)
    }

    func token(_ i: Int) -> Token? {
        i >= bounds.lowerBound && i < bounds.upperBound ? tokens[i] : nil
    }

    /// The lower-case form of token `i` (read in place, without copying the token).
    func lower(_ i: Int) -> String? {
        i >= bounds.lowerBound && i < bounds.upperBound ? tokens[i].lower : nil
    }

    /// Whether token `i` is exactly `word` (lower case).
    func isWord(_ i: Int, _ word: String) -> Bool {
        i >= bounds.lowerBound && i < bounds.upperBound && tokens[i].lower == word
    }

    /// Whether tokens `i...` are the words of `phrase`; returns the index after them.
    func phrase(_ i: Int, _ words: [String]) -> Int? {
        for (offset, word) in words.enumerated() where lower(i + offset) != word {
            return nil
        }
        return i + words.count
    }

    /// A four-digit year at `i`, within the plausible range; not a 24-hour time (`1000 GMT`), a figure
    /// running into the next (`1145/1148`, `1145-`) or a column of a table (`1414 6619`).
    func year(_ i: Int) -> Int? {
        guard let token = token(i), token.digitCount == 4, let value = token.integerValue,
            value >= 1000, value <= options.latestYear
        else { return nil }
        if let next = self.token(i + 1) {
            if !next.spaceBefore, next.kind == .number || next.text == "%" { return nil }
            // "1145/1148" runs into another figure; "1986/87" is a fiscal year and keeps its first year.
            if !next.spaceBefore, next.text == "/", let after = self.token(i + 2), !after.spaceBefore,
                after.integerValue
                    != (after.digitCount == 1
                        ? (value + 1) % 10 : after.digitCount == 2 ? (value + 1) % 100 : value + 1)
            {
                return nil
            }
            // "1414 6619": a column of figures ("In 1998 150 people" keeps its year).
            if next.kind == .number, next.digitCount >= 4 { return nil }
        }
        if twentyFourHourClock(i) != nil { return nil }
        return value
    }

    /// A day of the month at `i`: `17`, `17th`, `1st`.
    func dayOfMonth(_ i: Int) -> Int? {
        guard let token = token(i), token.kind == .number else { return nil }
        let digits = token.text.prefix { $0.isASCII && $0.isNumber }
        let suffix = token.text.dropFirst(digits.count).lowercased()
        guard digits.count <= 2, let value = Int(digits), (1...31).contains(value),
            suffix.isEmpty || ["st", "nd", "rd", "th"].contains(suffix)
        else { return nil }
        return value
    }

    /// A month name at `i` (with an optional abbreviation dot), returning the month and the next index.
    func month(_ i: Int, strict: Bool = true) -> (month: Int, next: Int)? {
        guard let token = token(i), token.kind == .word, let month = words.months[token.lower] else { return nil }
        let abbreviated =
            token.lower.count <= 4 && token.lower != "may" && token.lower != "june" && token.lower != "july"
        if strict && !token.isCapitalized { return nil }
        var next = i + 1
        if abbreviated, lower(next) == ".", tokens[next].range.start == token.range.end { next += 1 }
        return (month, next)
    }

    /// A number written in digits or words at `i`: `3`, `three`, `twenty-five`, `a`; returns value and next index.
    func quantity(_ i: Int) -> (value: Double?, next: Int)? {
        guard let token = token(i) else { return nil }
        if token.kind == .number {
            guard token.text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 }), let value = Double(token.text),
                value < 10_000
            else { return nil }
            // "5 1/2 hours": a whole number and a half.
            if lower(i + 1) == "1", lower(i + 2) == "/", lower(i + 3) == "2", adjacent(i + 1, i + 3) {
                return (value + 0.5, i + 4)
            }
            return (value, i + 1)
        }
        if words.vagueQuantities.contains(token.lower) {
            var next = i + 1
            if token.lower == "dozens" || token.lower == "hundreds", isWord(next, "of") { next += 1 }
            return (nil, next)
        }
        if token.lower == "a" || token.lower == "an" {
            if isWord(i + 1, "few") || isWord(i + 1, "couple") {
                let next = isWord(i + 2, "of") ? i + 3 : i + 2
                return (isWord(i + 1, "few") ? nil : 2, next)
            }
            if isWord(i + 1, "dozen") { return (12, i + 2) }
            return (1, i + 1)
        }
        // "the next couple of years"
        if token.lower == "couple", isWord(i + 1, "of") { return (2, i + 2) }
        guard var value = words.cardinals[token.lower] else { return nil }
        var next = i + 1
        // twenty-five, twenty four
        if value >= 20, value < 100, value % 10 == 0 {
            let hyphen = lower(next) == "-" ? 1 : 0
            if let unit = lower(next + hyphen).flatMap({ words.cardinals[$0] }), unit >= 1, unit < 10 {
                value += unit
                next += hyphen + 1
            }
        }
        return (Double(value), next)
    }
}
