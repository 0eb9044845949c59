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
        // Positions, not copies: a corpus's events are held once.
        let events = chronology.events
        let dated = events.indices.filter { events[$0].date != nil }
        let undatedEvents = events.indices.filter { events[$0].date == nil }
        self.title = title
        rule = String(repeating: "=", count: min(width, max(title.count, 8)))
        let span = chronology.span.map { "\($0.start) to \($0.end)" } ?? "no dated events"
        scope =
            "\(chronology.documents.count) documents, \(chronology.events.count) events (\(dated.count) dated), \(span)"
        let publishers = Set(chronology.documents.map(\.sourceKey))
        sourceSummary = "\(publishers.count) distinct publishers or documents"

        // Bottom line up front.
        let activity = Self.activity(chronology)
        let disputed = chronology.events.filter(\.disputed).count
        let alleged = chronology.events.filter { $0.modality == .alleged || $0.modality == .denied }.count
        let single = dated.filter { events[$0].sourcesCount == 1 }.count
        var bluf: [String] = []
        if let first = dated.first.flatMap({ events[$0].date }),
            let last = dated.max(by: { events[$0].date!.end < events[$1].date!.end }).flatMap({ events[$0].date })
        {
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
        claims = events.indices.lazy.filter {
            events[$0].disputed
                || (events[$0].date != nil && events[$0].sourcesCount == 1 && events[$0].modality != .asserted)
        }
        .prefix(40).map { index in
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
    static func activity(_ chronology: Chronology) -> [(id: String, name: String, count: Int)] {
        var counts: [String: Int] = [:]
        for event in chronology.events {
            for actor in event.actorIDs { counts[actor, default: 0] += 1 }
        }
        return counts.compactMap { id, count in chronology.entity(id).map { (id, $0.canonicalName, count) } }
            .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }
}
