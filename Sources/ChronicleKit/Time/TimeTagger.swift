/// Finds temporal expressions in a document and normalizes them to TIMEX3 values.
///
/// The tagger walks the tokens of each sentence once, trying a fixed list of patterns at each
/// position (each looks at a bounded number of tokens ahead), so its cost is linear in the text.
/// Relative expressions are resolved against the document date ("yesterday", "last week") or,
/// in narrative text, against the last calendar date the document mentioned ("the following year").
public struct TimeTagger: Sendable {
    /// Settings of the tagger.
    public struct Options: Sendable, Hashable {
        /// Read ambiguous numeric dates such as `04/05/2011` day first (4 May) instead of month first.
        public var dayFirst: Bool
        /// The latest year a bare four-digit number may name.
        public var latestYear: Int
        /// The language whose words the matchers read.
        public var language: Language

        /// Creates options.
        public init(dayFirst: Bool = false, latestYear: Int = 2099, language: Language = .english) {
            self.dayFirst = dayFirst
            self.latestYear = latestYear
            self.language = language
        }
    }

    /// The settings.
    public var options: Options

    /// Creates a tagger.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Tags every sentence of a document.
    /// - Parameters:
    ///   - tokens: the document's tokens.
    ///   - sentences: its sentences, in order.
    ///   - documentDate: the date relative expressions are resolved against, if known.
    /// - Returns: the expressions of each sentence, in text order (one array per sentence).
    public func expressions(tokens: [Token], sentences: [Sentence], documentDate: CalendarDate?) -> [[TimeExpression]] {
        var anchor = NarrativeAnchor(documentDate: documentDate)
        anchor.reportsQuarters = tokens.contains {
            $0.kind == .word && ($0.lower == "quarter" || $0.lower == "quarterly")
        }
        var result: [[TimeExpression]] = []
        result.reserveCapacity(sentences.count)
        let classes = options.language.time.classes(of: tokens)
        for sentence in sentences {
            var matcher = TimeMatcher(
                tokens: tokens, classes: classes, bounds: sentence.tokens, anchor: anchor, options: options)
            let found = matcher.run()
            anchor = matcher.anchor
            result.append(found)
        }
        return result
    }

    /// Tags a single piece of text, such as one sentence.
    /// - Parameters:
    ///   - text: the text.
    ///   - documentDate: the date relative expressions are resolved against, if known.
    /// - Returns: the expressions, in text order.
    public func expressions(in text: String, documentDate: CalendarDate?) -> [TimeExpression] {
        let tokens = Tokenizer().tokens(in: text)
        let sentences = SentenceSplitter().sentences(in: tokens)
        return expressions(tokens: tokens, sentences: sentences, documentDate: documentDate).flatMap { $0 }
    }
}

/// The dates relative expressions lean on: the document date and the last date the text named.
struct NarrativeAnchor: Sendable {
    var documentDate: CalendarDate?
    /// The last anchored period the text mentioned, and in which sentence.
    var lastPeriod: Period?
    var sentencesSinceLast = 0
    /// The year of ``lastPeriod`` when the text wrote that date out ("in 1995", "on 3 May 2011"); `nil`
    /// when it was worked out from another ("a year earlier", "on Tuesday") or has no year (a decade).
    var lastNamedYear: Int?
    /// Whether the document speaks of quarters (earnings reports), where "a year ago" means a quarter.
    var reportsQuarters = false

    /// The period narrative expressions ("the following year") move from.
    var narrativePeriod: Period? {
        lastPeriod ?? documentDate.map { .day($0) }
    }

    /// The year "later in the year" means in a story told in the past: that of a date written out in this
    /// or the previous sentence ("In 1995 he moved to Paris. Later in the year he married."), else the
    /// document's.
    var recentYear: Int? {
        if sentencesSinceLast <= 1, let lastNamedYear { return lastNamedYear }
        return documentDate?.year
    }

    /// The period "two days later" moves from: one named in this or the previous sentence, else the
    /// document date.
    var recentPeriod: Period? {
        if sentencesSinceLast <= 1, let lastPeriod { return lastPeriod }
        return documentDate.map { .day($0) }
    }

    /// The period "sixteen years later" moves from: the narrative's last period, however far back ("She
    /// was born in 1950. ... She died sixteen years later."), else the document date; and whether it is
    /// the document date.
    var storyPeriod: (period: Period, isDocumentDate: Bool)? {
        if let lastPeriod { return (lastPeriod, false) }
        return documentDate.map { (.day($0), true) }
    }

    /// The day clock times attach to: a day named in this or the previous sentence, else the document date.
    var recentDay: CalendarDate? {
        if sentencesSinceLast <= 1, case .day(let day)? = lastPeriod { return day }
        return documentDate
    }
}

/// Whether a sentence speaks of the past or the future, which decides "in May" and "on Monday".
enum Tense: Sendable {
    case past, future, unknown

    /// Words of intent or expectation: after "was" or "were" they still look ahead.
    static let intent: WordSet = [
        "planning", "scheduled", "expected", "due", "going", "preparing", "supposed",
    ]

    /// The tense a single word signals, if any.
    static func marker(_ token: Token) -> Tense {
        guard token.kind == .word else { return .unknown }
        if let known = markerWords[token.lower] { return known }
        // A past form ("announced"), but not a name ("United States", "Ahmed"; see ``marker(at:in:bounds:)``
        // for a sentence's first word).
        return isPastForm(token.lower) && (!token.isCapitalized || token.isAllCaps) ? .past : .unknown
    }

    /// Words that say the tense by themselves, looked up once each.
    private static let markerWords: WordMap<Tense> = {
        let future = [
            "will", "would", "expected", "shall", "'ll", "next", "upcoming", "coming", "tomorrow", "scheduled", "due",
            "until", "slated",
            // Plans and expectations look ahead even when told in the past ("planned to leave on Thursday").
            "plan", "plans", "planned", "planning",
        ]
        let past = [
            "was", "were", "had", "did", "ago", "last", "yesterday", "said", "told", "been", "since", "began", "went",
            "came", "took", "made", "met", "left", "fled", "held", "won", "lost", "saw", "gave", "got", "became",
            "fell",
            "rose", "ran", "sold", "bought", "paid", "sent", "spent", "brought", "kept", "found", "thought", "felt",
            "knew", "grew", "drew", "led", "wrote", "spoke", "broke", "chose", "struck", "fought", "flew", "threw",
            "hid", "shot", "sat", "stood", "built", "earlier", "previously",
        ]
        return WordMap(
            Dictionary(uniqueKeysWithValues: future.map { ($0, Tense.future) } + past.map { ($0, Tense.past) }))
    }()

    /// Whether a lower-case word looks like the past form of a verb: "announced", "agreed", but not a word
    /// that only ends like one ("hundred", "indeed", "need").
    static func isPastForm(_ lower: String) -> Bool {
        lower.hasSuffix("ed") && lower.utf8.count > 3 && !notPastForms.contains(lower)
    }

    /// Words ending in "-ed" that are not past forms of a verb.
    static let notPastForms: WordSet = [
        "hundred", "kindred", "naked", "sacred", "wicked", "beloved", "rugged", "wretched", "crooked", "aged",
        "indeed", "proceed", "exceed", "succeed", "speed", "breed", "bleed", "greed", "creed", "steed", "tweed",
        "need", "feed", "seed", "deed", "reed", "heed", "weed", "sled", "bred", "shed",
    ]

    /// Whether token `index` is the "early" of "as early as": a date's earliest, told of the past
    /// ("knew of it as early as June") as of the future ("could come as early as Tuesday").
    static func isEarliestDate(at index: Int, in tokens: [Token], bounds: Range<Int>) -> Bool {
        tokens[index].lower == "early" && index - 1 >= bounds.lowerBound && index + 1 < bounds.upperBound
            && tokens[index - 1].lower == "as" && tokens[index + 1].lower == "as"
    }

    /// The tense token `index` signals in its clause: like ``marker(_:)``, with the words around it read.
    ///
    /// - "were planning to march on Saturday": an auxiliary before a word of intent looks ahead;
    /// - "had been due to expire Friday", "had been set to begin Monday": a plan told in the past perfect
    ///   was for the past;
    /// - "will be released Monday", "will be held Saturday": a participle after "be" says nothing (the
    ///   auxiliary before it does);
    /// - "is set to resume Monday", "is to resume Monday" and "as soon as Tuesday" look ahead ("as early
    ///   as Tuesday" only where nothing else in the clause tells the tense: see ``isEarliestDate(at:in:bounds:)``);
    /// - "postponed until Tuesday" looks ahead, but a sentence opening on "Until" says nothing.
    static func marker(at index: Int, in tokens: [Token], bounds: Range<Int>) -> Tense {
        let token = tokens[index]
        guard token.kind == .word else { return .unknown }
        func lower(_ offset: Int) -> String? {
            bounds.contains(index + offset) ? tokens[index + offset].lower : nil
        }
        func hadBeen() -> Bool { lower(-1) == "been" && lower(-2) == "had" }
        // Only punctuation (an opening quote) before it: the sentence's first word.
        func opensSentence() -> Bool { tokens[bounds.lowerBound..<index].allSatisfy { $0.kind == .punctuation } }
        let word = token.lower
        let marker = marker(token)
        guard marker != .unknown else {
            // "The trial had been set to begin Monday" was for the past.
            if word == "set", lower(1) == "to" { return hadBeen() ? .past : .future }
            if word == "soon", lower(-1) == "as", lower(1) == "as" { return .future }
            // "is to resume trading Tuesday": a duty or a plan (a verb follows, not "the" or a number).
            if word == "to", let before = lower(-1), ["is", "are"].contains(before),
                bounds.contains(index + 1), tokens[index + 1].kind == .word,
                !["the", "a", "an", "be", "blame"].contains(tokens[index + 1].lower)
            {
                return .future
            }
            // "Released on Tuesday, the report ...": a sentence's first word is capitalized whatever it is.
            if token.isCapitalized, isPastForm(word), opensSentence() { return .past }
            return .unknown
        }
        switch marker {
        case .past:
            // "will be released Monday", "will be held Saturday": a participle after "be" defers to the auxiliary.
            if lower(-1) == "be" || lower(-1) == "being" { return .unknown }
            if let next = lower(1), intent.contains(next), !(word == "been" && lower(-1) == "had") { return .future }
        case .future:
            // "Until Thursday, they had not called him a suspect": a clause opening on "until" tells what held before.
            if word == "until", opensSentence() { return .unknown }
            if intent.contains(word), hadBeen() { return .past }
        case .unknown:
            break
        }
        return marker
    }
}
