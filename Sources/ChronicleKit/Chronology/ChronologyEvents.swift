/// The events of a chronology, in order, as a random-access collection.
///
/// They are either held in memory or, for a chronology built from a corpus, read one at a time from the
/// run's spool file as they are asked for: exporters walk them without the corpus's events ever being in
/// memory all at once.
public struct ChronologyEvents: RandomAccessCollection, Sendable {
    enum Storage: Sendable {
        case memory([ChronologyEvent])
        case spooled(SpooledEvents)
    }

    let storage: Storage

    /// Events held in memory.
    public init(_ events: [ChronologyEvent]) {
        storage = .memory(events)
    }

    /// Events read from a spool file when asked for.
    init(spooled: SpooledEvents) {
        storage = .spooled(spooled)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .memory(let events): return events.count
        case .spooled(let events): return events.count
        }
    }

    public subscript(position: Int) -> ChronologyEvent {
        switch storage {
        case .memory(let events): return events[position]
        case .spooled(let events): return events.event(at: position)
        }
    }
}

extension ChronologyEvents: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: ChronologyEvent...) {
        self.init(elements)
    }
}

extension ChronologyEvents: Hashable {
    public static func == (lhs: ChronologyEvents, rhs: ChronologyEvents) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for event in self { hasher.combine(event) }
    }
}

extension ChronologyEvents: Codable {
    /// Decodes a JSON array of events into memory.
    public init(from decoder: any Decoder) throws {
        self.init(try [ChronologyEvent](from: decoder))
    }

    /// Encodes the events as a JSON array.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for event in self { try container.encode(event) }
    }
}
