/// The time tagger's words of one language, read from its `time-*.txt` files.
struct TimeWords: Sendable {
    /// Month names and abbreviations, and their month.
    let months: WordMap<Int>
    /// Month names that need a day or a year beside them ("may", "march").
    let ambiguousMonths: WordSet
    /// Weekday names and their ISO number.
    let weekdays: WordMap<Int>
    /// Season names.
    let seasons: WordMap<Period.Season>
    /// Parts of the day.
    let partsOfDay: WordMap<Period.PartOfDay>
    /// Number words.
    let cardinals: WordMap<Int>
    /// Words for an unspecified number ("several years").
    let vagueQuantities: WordSet
    /// Ordinal words.
    let ordinals: WordMap<Int>
    /// Time units.
    let units: WordMap<TimeLexicon.Unit>
    /// Words that may start an expression, the names and numbers above included.
    let starters: WordSet
    /// Function words that may start an expression but anchor none.
    let functionStarters: WordSet
    /// Starting words that can anchor an expression.
    let anchors: WordSet
    /// Words before a four-digit number that make it a year.
    let yearCues: WordSet
    /// Nouns after a number that make it a count.
    let countNouns: WordSet
    /// Market-report units after a number that make it a figure.
    let figureUnits: WordSet
    /// Words before a number that make it a reference number.
    let referenceCues: WordSet
    /// Each word's classes, for ``classes(of:)``.
    private let wordClasses: WordMap<TimeLexicon.WordClass>

    init(_ lists: LanguageFiles) throws {
        months = try lists.table("time-months") { Int($0) }
        ambiguousMonths = try lists.words("time-ambiguous-months")
        weekdays = try lists.table("time-weekdays") { Int($0) }
        let seasonNames: [String: Period.Season] = [
            "spring": .spring, "summer": .summer, "fall": .fall, "winter": .winter,
        ]
        seasons = try lists.table("time-seasons") { seasonNames[$0] }
        let partNames: [String: Period.PartOfDay] = [
            "morning": .morning, "midday": .midday, "afternoon": .afternoon, "evening": .evening, "night": .night,
        ]
        partsOfDay = try lists.table("time-parts-of-day") { partNames[$0] }
        cardinals = try lists.table("time-cardinals") { Int($0) }
        vagueQuantities = try lists.words("time-vague-quantities")
        ordinals = try lists.table("time-ordinals") { Int($0) }
        units = try lists.table("time-units") { TimeLexicon.Unit(rawValue: $0) }
        functionStarters = try lists.words("time-function-starters")
        var starting = Set(months.keys).union(weekdays.keys).union(seasons.keys).union(partsOfDay.keys)
            .union(cardinals.keys).union(vagueQuantities).union(ordinals.keys).union(units.keys)
        starting.formUnion(try lists.words("time-starters"))
        starting.formUnion(Holiday.firstWords)
        starters = WordSet(starting)
        anchors = starters.subtracting(functionStarters).union(try lists.words("time-anchors"))
        yearCues = try lists.words("time-year-cues")
        countNouns = try lists.words("time-count-nouns")
        figureUnits = try lists.words("time-figure-units")
        referenceCues = try lists.words("time-reference-cues")
        var table: [String: TimeLexicon.WordClass] = [:]
        for word in starters { table[word, default: []].insert(.starter) }
        for word in functionStarters { table[word, default: []].insert(.functionStarter) }
        for word in anchors { table[word, default: []].insert(.anchor) }
        wordClasses = WordMap(table)
    }

    /// The classes of each token's word, which tell where an expression may start.
    func classes(of tokens: [Token]) -> [TimeLexicon.WordClass] {
        tokens.map { wordClasses[$0.lower] ?? [] }
    }
}
