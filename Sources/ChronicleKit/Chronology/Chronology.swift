/// The corpus-level result: documents, entities and events in chronological order.
public struct Chronology: Sendable, Hashable, Codable {
    /// The documents, in input order.
    public var documents: [DocumentInfo]
    /// The entities, by kind then name.
    public var entities: [Entity] {
        didSet { entityIndex = Self.index(entities) }
    }
    /// The events: dated ones by date, undated ones last.
    public var events: ChronologyEvents

    /// Entity ids to positions in `entities`, built once (lookups happen per event in every exporter).
    private var entityIndex: [String: Int]

    private enum CodingKeys: String, CodingKey {
        case documents, entities, events
    }

    /// Creates a chronology.
    public init(documents: [DocumentInfo], entities: [Entity], events: ChronologyEvents) {
        self.documents = documents
        self.entities = entities
        self.events = events
        entityIndex = Self.index(entities)
    }

    /// Creates a chronology of events held in memory.
    public init(documents: [DocumentInfo], entities: [Entity], events: [ChronologyEvent]) {
        self.init(documents: documents, entities: entities, events: ChronologyEvents(events))
    }

    /// Decodes a chronology written by ``JSONExporter``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            documents: try container.decode([DocumentInfo].self, forKey: .documents),
            entities: try container.decode([Entity].self, forKey: .entities),
            events: try container.decode(ChronologyEvents.self, forKey: .events))
    }

    /// The entity with an id.
    public func entity(_ id: String) -> Entity? {
        entityIndex[id].map { entities[$0] }
    }

    /// The document with an id.
    public func document(_ id: String) -> DocumentInfo? {
        documents.first { $0.id == id }
    }

    private static func index(_ entities: [Entity]) -> [String: Int] {
        Dictionary(entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The earliest and latest day any dated event allows.
    public var span: DayInterval? {
        let dated = events.compactMap(\.date)
        guard let first = dated.map(\.start).min(), let last = dated.map(\.end).max() else { return nil }
        return DayInterval(start: first, end: last)
    }
}

/// The date of a chronology event, normalized.
public struct EventDate: Sendable, Hashable, Codable {
    /// ISO 8601 truncated to the precision (`2011-05-14`, `2012-09`, `199`), or an interval for two-day ranges.
    public var value: String
    /// The first day it allows.
    public var start: CalendarDate
    /// The last day it allows.
    public var end: CalendarDate
    /// How fine it is.
    public var precision: DatePrecision
    /// The modifier ("end of", "early"), if any.
    public var modifier: TimeModifier?
    /// The words that gave it.
    public var text: String

    /// The date of a time expression, when it has calendar days.
    public init?(_ time: TimeExpression) {
        guard let interval = time.interval, let precision = time.precision else { return nil }
        value = time.rangeEnd.map { "\(time.value)/\($0)" } ?? time.value
        start = interval.start
        end = interval.end
        self.precision = precision
        modifier = time.modifier
        text = time.text
    }

    private enum CodingKeys: String, CodingKey {
        case value, start, end, precision, modifier, text
    }

    private enum EncodedKeys: String, CodingKey {
        case value, start, end, precision, modifier, text, edtf
    }

    /// Encodes the stored fields and ``edtf``, the date for tools that do not read TIMEX3 values (a
    /// decoder ignores it: it follows from the value).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: EncodedKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(precision, forKey: .precision)
        try container.encodeIfPresent(modifier, forKey: .modifier)
        try container.encode(text, forKey: .text)
        try container.encode(edtf, forKey: .edtf)
    }
}

/// One event of the chronology, possibly told by several documents.
public struct ChronologyEvent: Sendable, Hashable, Codable, Identifiable {
    /// `evt-0001`, numbered in chronological order.
    public var id: String
    /// The date, or `nil` for undated events.
    public var date: EventDate?
    /// A short clause describing it.
    public var summary: String
    /// The event word.
    public var trigger: String
    /// Entity ids of the people and organizations taking part.
    public var actorIDs: [String]
    /// Entity ids of the places.
    public var placeIDs: [String]
    /// Of the actors, those the text shows acting (agents), in any telling.
    public var agentIDs: [String] = []
    /// Of the actors, those the text shows acted upon (patients), in any telling.
    public var patientIDs: [String] = []
    /// The sources that put it forward, as written (`author` for a document's own voice).
    public var attributions: [String]
    /// Entity ids of attributed sources that are recognized entities.
    public var attributionEntityIDs: [String]
    /// How firmly it is put forward (the firmest if the evidence differs; denied wins).
    public var modality: Modality
    /// Each telling of the event.
    public var evidence: [Event]
    /// How many independent sources (publishers) tell it.
    public var sourcesCount: Int
    /// Whether its sources disagree (on the date or by denying it).
    public var disputed: Bool

    /// The documents that tell it, in first-seen order.
    public var documentIDs: [String] {
        var seen = Set<String>()
        return evidence.map(\.documentID).filter { seen.insert($0).inserted }
    }
}
