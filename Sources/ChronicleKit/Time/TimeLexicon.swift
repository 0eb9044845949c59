/// The words the time tagger knows, in lower case.
enum TimeLexicon {
    static let months: WordMap<Int> = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Month names that are also everyday words or names and need context to count as months.
    static let ambiguousMonths: WordSet = ["may", "march", "mar", "jan", "jun", "sep", "dec", "aug", "oct", "nov"]

    static let weekdays: WordMap<Int> = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    static let seasons: WordMap<Period.Season> = [
        "spring": .spring, "summer": .summer, "autumn": .fall, "fall": .fall, "winter": .winter,
    ]

    static let partsOfDay: WordMap<Period.PartOfDay> = [
        "morning": .morning, "afternoon": .afternoon, "evening": .evening, "night": .night, "noon": .midday,
    ]

    static let cardinals: WordMap<Int> = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "couple": 2,
        "dozen": 12,
    ]

    /// Words for an unspecified number ("several years" is `PXY`).
    static let vagueQuantities: WordSet = [
        "several", "few", "many", "some", "numerous", "recent", "dozens", "hundreds",
    ]

    static let ordinals: WordMap<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "twenty-first": 21, "last": 4,
    ]

    /// Duration units and their TIMEX3 letter (`T` prefix for clock units).
    static let units: WordMap<Unit> = [
        "year": .year, "years": .year, "yr": .year, "yrs": .year, "month": .month, "months": .month, "week": .week,
        "weeks": .week, "day": .day, "days": .day, "hour": .hour, "hours": .hour, "hrs": .hour,
        "minute": .minute, "minutes": .minute, "mins": .minute, "second": .second, "seconds": .second,
        "decade": .decade, "decades": .decade, "century": .century, "centuries": .century, "quarter": .quarter,
        "quarters": .quarter, "weekend": .weekend, "weekends": .weekend, "fortnight": .fortnight,
    ]

    /// A unit of calendar or clock time.
    enum Unit: Sendable {
        case year, month, week, day, hour, minute, second, decade, century, quarter, weekend, fortnight

        /// The TIMEX3 duration for `amount` of this unit (`nil` amount: unspecified, `X`).
        func duration(_ amount: Double?) -> String {
            let number = amount.map(Self.format) ?? "X"
            switch self {
            case .year: return "P\(number)Y"
            case .month: return "P\(number)M"
            case .week: return "P\(number)W"
            case .day: return "P\(number)D"
            case .hour: return "PT\(number)H"
            case .minute: return "PT\(number)M"
            case .second: return "PT\(number)S"
            case .decade: return "P\(amount.map { Self.format($0 * 10) } ?? "X")Y"
            case .century: return "P\(amount.map { Self.format($0 * 100) } ?? "X")Y"
            case .quarter: return "P\(number)Q"
            case .weekend: return "P\(number)WE"
            case .fortnight: return "P\(amount.map { Self.format($0 * 2) } ?? "X")W"
            }
        }

        static func format(_ amount: Double) -> String {
            amount == amount.rounded() ? String(Int(amount)) : String(amount)
        }
    }

    /// Every word a pattern can start with; the tagger skips other words at once.
    static let starters: WordSet = {
        var words = Set(months.keys).union(weekdays.keys).union(seasons.keys).union(partsOfDay.keys)
            .union(cardinals.keys).union(vagueQuantities).union(ordinals.keys).union(units.keys)
        words.formUnion([
            "the", "early", "late", "mid", "around", "circa", "approximately", "about", "end", "beginning", "start",
            "middle", "close", "dawn", "outset", "today", "yesterday", "tomorrow", "tonight", "last", "this", "next",
            "past", "coming", "current", "that", "same", "earlier", "later", "nearly", "almost", "some", "over", "just",
            "more", "less", "recent", "every", "each", "per", "daily", "weekly", "monthly", "annually", "yearly",
            "nightly", "hourly", "biweekly", "now", "currently", "nowadays", "recently", "lately", "at", "these",
            "noon",
            "midnight", "q", "nineteen", "eighteen", "two", "twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties", "half", "up", "roughly", "future", "a", "an", "for", "in", "within",
            "midday", "once", "twice", "thrice",
        ])
        words.formUnion(Holiday.firstWords)
        return WordSet(words)
    }()

    /// Frequent words that start patterns but name no time themselves ("the", "a", "in"): a pattern
    /// starting with one always has a time word (``anchors``) or a number within the next five tokens.
    static let functionStarters: WordSet = [
        "the", "a", "an", "in", "for", "at", "that", "this", "these", "same", "over", "just", "more", "less",
        "some", "about", "up", "within", "around", "nearly", "almost",
    ]

    /// What a word can do in a time expression, for the matcher's quick rejection of most tokens.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt8
        /// In ``TimeLexicon/starters``: a pattern may start at it.
        static let starter = WordClass(rawValue: 1)
        /// In ``TimeLexicon/functionStarters``: "the", "a", "in", which start one only before a time word.
        static let functionStarter = WordClass(rawValue: 2)
        /// In ``TimeLexicon/anchors``: a time word.
        static let anchor = WordClass(rawValue: 4)
    }

    private static let wordClasses: WordMap<WordClass> = {
        var table: [String: WordClass] = [:]
        for word in starters { table[word, default: []].insert(.starter) }
        for word in functionStarters { table[word, default: []].insert(.functionStarter) }
        for word in anchors { table[word, default: []].insert(.anchor) }
        return WordMap(table)
    }()

    /// The class of each token's lower-case form: one lookup per token for the whole document.
    static func classes(of tokens: [Token]) -> [WordClass] {
        tokens.map { wordClasses[$0.lower] ?? [] }
    }

    /// The words a pattern that starts with a function word must reach: every other starter, and the
    /// words that only ever follow one ("at present", "at the moment", "the near term").
    static let anchors: WordSet = starters.subtracting(functionStarters).union(["present", "moment", "term"])

    /// Words that, just before a four-digit number, make it a year.
    static let yearCues: WordSet = [
        "in", "since", "by", "until", "till", "from", "to", "between", "and", "during", "of", "year", "early",
        "late", "mid", "before", "after", "around", "circa", "summer", "winter", "spring", "autumn", "fall", "end",
        "beginning", "start", "fiscal", "through", "throughout", "for", "as", "-", "\u{2013}", "or", "(", "last",
        "on", "at", "into", "spanning", "season", "decade", "ca", "c", "about", "against", "election",
        "elections", "the", "this", "that", "every", "under", "within", "past", "than",
    ]

    /// Words that, just after a four-digit number, show it counts things rather than naming a year.
    static let countNouns: WordSet = [
        "people", "persons", "cells", "members", "tons", "tonnes", "dollars", "euros", "pounds", "dirhams", "km",
        "kilometres", "kilometers", "miles", "meters", "metres", "feet", "votes", "soldiers", "troops", "cases",
        "deaths", "victims", "migrants", "refugees", "workers", "employees", "jobs", "units", "cars", "vehicles",
        "houses", "homes", "shares", "barrels", "percent", "per", "million", "billion", "thousand", "times",
        "points", "pages", "documents", "files", "agents", "officers", "police", "prisoners", "detainees", "arrests",
        "children", "women", "men", "students", "users", "accounts", "kg", "kilograms", "hectares", "acres",
        "rooms", "seats", "words", "calls", "messages", "phones", "copies", "years", "days", "hours", "minutes",
        "%", "x", "mw", "mhz", "square", "cubic", "delegates", "signatures", "residents", "inhabitants", "bags",
        "bales", "bushels", "lots", "contracts",
    ]

    /// Unit abbreviations of market reports that, after a four-digit number, make it a figure ("1350 lb",
    /// "1987 mln dlrs"); after a day ("APR 7 Dlrs tonne") they head a table and leave the date.
    static let figureUnits: WordSet = [
        "lb", "lbs", "oz", "mln", "bln", "pct", "dlrs", "cts", "stg", "yen", "francs", "guilders", "lire", "crowns",
        "pence", "cents", "pesos", "rupees", "baht",
    ]

    /// Words that, just before a number, show it is a reference number rather than a date.
    static let referenceCues: WordSet = [
        "no", "nos", "number", "numbers", "#", "$", "\u{20AC}", "\u{A3}", "page", "pages", "article", "articles",
        "law", "decree", "resolution", "ref", "reference", "file", "case", "flight", "room", "route", "highway",
        "code", "item", "section", "chapter", "volume", "vol", "issue", "model", "version", "serial", "dahir",
        "usd", "eur", "mad", "dh", "rs", "cell", "count", "counts", "booth", "platform",
    ]
}
