/// The view model a briefing template renders: pre-formatted, pre-wrapped strings only, because
/// Mustache reads stored properties and knows nothing of wrapping.
public struct BriefingModel: Sendable {
    /// One pre-wrapped paragraph.
    public struct Entry: Sendable {
        /// The text, possibly several lines.
        public var text: String
    }

    public var title: String
    public var rule: String
    public var scope: String
    public var sourceSummary: String
    public var bottomLine: [Entry]
    public var chronology: [Entry]
    public var actors: [Entry]
    public var claims: [Entry]
    public var undated: [Entry]
    public var sources: [Entry]
    public var version: String

    /// Builds the model of a chronology.
    /// - Parameters:
    ///   - chronology: the chronology.
    ///   - title: the briefing's title.
    ///   - width: the column width to wrap to.
    public init(_ chronology: Chronology, title: String = "Chronicle briefing", width: Int = 78) {
        let wrapper = TextWrapper(width: width)
        // One pass over the events gathers the counts and the positions of the events printed, which are
        // read again afterwards: a corpus's events are read from disk one at a time, and only a few twice.
        let events = chronology.events
        var dated: [Int] = []
        var undatedEvents: [Int] = []
        var disputed = 0
        var alleged = 0
        var single = 0
        var first: EventDate?
        var last: EventDate?
        var span: DayInterval?
        var counts: [String: Int] = [:]
        var claimPositions: [Int] = []
        for (index, event) in events.outlines.enumerated() {
            if let date = event.date {
                dated.append(index)
                if first == nil { first = date }
                if last == nil || date.end > last!.end { last = date }
                span = DayInterval(
                    start: min(span?.start ?? date.start, date.start), end: max(span?.end ?? date.end, date.end))
                if event.sourcesCount == 1 { single += 1 }
            } else {
                undatedEvents.append(index)
            }
            if event.disputed { disputed += 1 }
            if event.modality == .alleged || event.modality == .denied { alleged += 1 }
            for actor in event.actorIDs { counts[actor, default: 0] += 1 }
            if claimPositions.count < Self.claimLimit,
                event.disputed || (event.date != nil && event.sourcesCount == 1 && event.modality != .asserted)
            {
                claimPositions.append(index)
            }
        }
        self.title = title
        rule = String(repeating: "=", count: min(width, max(title.count, 8)))
        let spanText = span.map { "\($0.start) to \($0.end)" } ?? "no dated events"
        scope = "\(chronology.documents.count) documents, \(events.count) events (\(dated.count) dated), \(spanText)"
        let publishers = Set(chronology.documents.map(\.sourceKey))
        sourceSummary = "\(publishers.count) distinct publishers or documents"

        // Bottom line up front.
        let activity = Self.activity(counts, in: chronology)
        var bluf: [String] = []
        if let first, let last {
            bluf.append(
                "The dated record runs from \"\(first.text)\" (\(first.value)) to \"\(last.text)\" (\(last.value)) across \(dated.count) events."
            )
        }
        if !activity.isEmpty {
            bluf.append(
                "Most active: " + activity.prefix(5).map { "\($0.name) (\($0.count))" }.joined(separator: ", ") + ".")
        }
        bluf.append(
            "\(disputed) disputed event(s); \(alleged) alleged or denied claim(s); \(single) dated event(s) rest on a single source."
        )
        bottomLine = bluf.map { Entry(text: wrapper.wrap($0, firstPrefix: "- ", indent: "  ")) }

        self.chronology = dated.prefix(Self.chronologyLimit).map { index in
            let event = events[index]
            let date = event.date!.value
            let head = "\(date.padding(toLength: max(10, date.count), withPad: " ", startingAt: 0))  "
            return Entry(
                text: wrapper.wrap(
                    Self.describe(event, in: chronology), firstPrefix: head,
                    indent: String(repeating: " ", count: head.count)))
        }
        if dated.count > Self.chronologyLimit {
            self.chronology.append(
                Entry(text: "  ... and \(dated.count - Self.chronologyLimit) more dated events in chronology.csv"))
        }
        actors = activity.prefix(12).map { item in
            let entity = chronology.entity(item.id)!
            var text =
                "\(entity.canonicalName) (\(entity.kind.rawValue), \(item.count) events, \(entity.documentIDs.count) documents)"
            if !entity.aliases.isEmpty { text += "; also written " + entity.aliases.prefix(6).joined(separator: ", ") }
            if !entity.roles.isEmpty { text += "; roles: " + entity.roles.prefix(3).joined(separator: ", ") }
            return Entry(text: wrapper.wrap(text, firstPrefix: "- ", indent: "  "))
        }
        claims = claimPositions.map { index in
            let event = events[index]
            let label = event.disputed ? "DISPUTED" : event.modality.rawValue.uppercased()
            let date = event.date?.value ?? "undated"
            return Entry(
                text: wrapper.wrap(
                    "\(label) \(date): " + Self.describe(event, in: chronology), firstPrefix: "- ", indent: "  "))
        }
        undated = undatedEvents.prefix(40).map {
            Entry(text: wrapper.wrap(Self.describe(events[$0], in: chronology), firstPrefix: "- ", indent: "  "))
        }
        if undatedEvents.count > 40 {
            undated.append(Entry(text: "  ... and \(undatedEvents.count - 40) more in chronology.csv"))
        }
        sources = chronology.documents.prefix(Self.sourceLimit).map { document in
            var text = document.id
            if let publisher = document.publisher { text += " - \(publisher)" }
            if let published = document.published { text += ", \(published)" }
            if let headline = document.title { text += ": \(headline)" }
            return Entry(text: wrapper.wrap(text, firstPrefix: "- ", indent: "  "))
        }
        if chronology.documents.count > Self.sourceLimit {
            sources.append(Entry(text: "  ... and \(chronology.documents.count - Self.sourceLimit) more documents"))
        }
        version = ChronicleVersion.current
    }

    /// A briefing is read by a person: past these counts, the CSV holds the rest.
    static let chronologyLimit = 300
    static let claimLimit = 40
    static let sourceLimit = 200

    /// "summary [2 sources; according to X; alleged] (evt-0003)".
    static func describe(_ event: ChronologyEvent, in chronology: Chronology) -> String {
        var notes: [String] = ["\(event.sourcesCount) source\(event.sourcesCount == 1 ? "" : "s")"]
        let named = event.attributions.filter { $0 != "author" }
        if !named.isEmpty { notes.append("per " + named.joined(separator: ", ")) }
        if event.modality != .asserted && event.modality != .reported { notes.append(event.modality.rawValue) }
        if event.disputed { notes.append("disputed") }
        return "\(OutputText.singleLine(event.summary)) [\(notes.joined(separator: "; "))] (\(event.id))"
    }

    /// Actors by the number of events they take part in.
    /// - Parameter counts: each actor's number of events.
    static func activity(_ counts: [String: Int], in chronology: Chronology) -> [(id: String, name: String, count: Int)]
    {
        counts.compactMap { id, count in chronology.entity(id).map { (id, $0.canonicalName, count) } }
            .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }
}
