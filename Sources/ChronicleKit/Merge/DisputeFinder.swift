/// The kinds of event a telling speaks of, for spotting sources that disagree: its own event word's
/// kind, and for a denial the kinds its sentence names ("denied that he fled").
struct EventKinds: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    /// Event words that tell the same story in other words, by kind.
    static let classes: [String: String] = [
        "flee": "depart", "leave": "depart", "fly": "depart", "escape": "depart", "cross": "depart", "defect": "depart",
        "arrest": "arrest", "detain": "arrest", "capture": "arrest", "meet": "meet", "meeting": "meet", "sign": "sign",
        "signing": "sign", "kill": "kill", "murder": "kill", "assassinate": "kill", "discover": "discover",
        "uncover": "discover", "discovery": "discover", "attack": "attack", "bomb": "attack", "bombing": "attack",
    ]

    /// One bit per kind, in name order.
    private static let bits: [String: UInt16] = Dictionary(
        uniqueKeysWithValues: Set(classes.values).sorted().enumerated().map { ($1, UInt16(1) << UInt16($0)) })

    init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// The kind of an event word, if it has one.
    init(lemma: String) {
        rawValue = Self.classes[lemma].flatMap { Self.bits[$0] } ?? 0
    }

    /// The kinds one telling speaks of.
    init(_ event: Event) {
        var kinds = EventKinds(lemma: event.triggerLemma)
        if event.modality == .denied {
            for word in event.sentence.lowercased().split(whereSeparator: { !$0.isLetter }) {
                if let lemma = Language.english.events.verbLemma(String(word)) {
                    kinds.formUnion(EventKinds(lemma: lemma))
                }
            }
        }
        self = kinds
    }

    /// The single kinds this set holds, each as a set of its own.
    var members: [EventKinds] {
        (0..<16).compactMap { bit in rawValue & (1 << bit) != 0 ? EventKinds(rawValue: 1 << bit) : nil }
    }
}

/// Flags events that independent sources tell differently: the same kind of event with a shared actor
/// on dates that cannot both be true, or asserted by one source and denied by another. Each version
/// stays a row of its own. Events meet in buckets keyed by (kind, actor), never all against all.
struct DisputeFinder {
    /// What the check needs of one merged event.
    struct Facts: Sendable {
        var kinds: EventKinds
        /// Entity numbers of its actors.
        var actors: [Int32]
        /// Its independent sources.
        var sources: [Int32]
        /// First and last day its date allows, if dated.
        var days: (first: Int32, last: Int32)?
        var isDenied: Bool
    }

    /// Whether each event is disputed.
    /// - Parameter events: the events' facts, in merge order.
    func disputed(_ events: [Facts]) -> [Bool] {
        var flags = [Bool](repeating: false, count: events.count)
        var buckets: [Int64: [Int]] = [:]
        for (index, event) in events.enumerated() {
            for kind in event.kinds.members {
                for actor in event.actors {
                    buckets[Int64(kind.rawValue) << 32 | Int64(actor), default: []].append(index)
                }
            }
        }
        for members in buckets.values where members.count > 1 {
            for (position, first) in members.prefix(50).enumerated() {
                for second in members.prefix(50)[(position + 1)...] {
                    let a = events[first]
                    let b = events[second]
                    guard Set(a.sources).isDisjoint(with: b.sources) else { continue }
                    var datesClash = false
                    if let x = a.days, let y = b.days { datesClash = x.last < y.first || y.last < x.first }
                    if datesClash || a.isDenied != b.isDenied {
                        flags[first] = true
                        flags[second] = true
                    }
                }
            }
        }
        return flags
    }
}
