/// The time tagger's kinds of words: the units and the classes that tell where an expression may
/// start. The words themselves are data, in the language's `time-*.txt` files (``TimeWords``).
enum TimeLexicon {
    /// A unit of calendar or clock time.
    enum Unit: String, Sendable {
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

    /// What a word can do in a time expression, for the matcher's quick rejection of most tokens.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt8
        /// In ``TimeWords/starters``: a pattern may start at it.
        static let starter = WordClass(rawValue: 1)
        /// In ``TimeWords/functionStarters``: "the", "a", "in", which start one only before a time word.
        static let functionStarter = WordClass(rawValue: 2)
        /// In ``TimeWords/anchors``: a time word.
        static let anchor = WordClass(rawValue: 4)
    }
}
