/// An event without its tellings: what the CSV, GraphML, GEXF, Timesketch and briefing exports write of
/// it (dates, entities, summary, sources, and where its first telling is). Read from the spool without
/// the tellings' records, much faster than the whole event, for the passes that walk every event.
struct EventOutline: Sendable {
    var id: String
    var date: EventDate?
    var actorIDs: [String]
    var placeIDs: [String]
    var agentIDs: [String]
    var patientIDs: [String]
    var attributionEntityIDs: [String]
    var modality: Modality
    var sourcesCount: Int
    var disputed: Bool
    /// The document of each telling, in order (a document may tell it twice).
    var tellingDocumentIDs: [String]
    var summary: String
    var trigger: String
    var attributions: [String]
    /// The first telling's sentence (its index, and its range in Unicode scalars).
    var firstSentenceIndex: Int
    var firstCharacterRange: Range<Int>

    /// The documents that tell it, in first-seen order.
    var documentIDs: [String] { unique(tellingDocumentIDs) }
}

extension EventOutline {
    /// The outline of an event held whole.
    init(_ event: ChronologyEvent) {
        self.init(
            id: event.id, date: event.date, actorIDs: event.actorIDs, placeIDs: event.placeIDs,
            agentIDs: event.agentIDs, patientIDs: event.patientIDs, attributionEntityIDs: event.attributionEntityIDs,
            modality: event.modality, sourcesCount: event.sourcesCount, disputed: event.disputed,
            tellingDocumentIDs: event.evidence.map(\.documentID), summary: event.summary, trigger: event.trigger,
            attributions: event.attributions, firstSentenceIndex: event.primaryEvidence.sentenceIndex,
            firstCharacterRange: event.primaryEvidence.characterRange)
    }
}

extension ChronologyEvents {
    /// The outline of the event at `position`, read without its texts.
    func outline(at position: Int) -> EventOutline {
        switch storage {
        case .memory(let events): return EventOutline(events[position])
        case .spooled(let events): return events.outline(at: position)
        }
    }

    /// Every event's outline, in order.
    var outlines: LazyMapSequence<Range<Int>, EventOutline> {
        indices.lazy.map { outline(at: $0) }
    }
}

/// Formatting shared by the exporters.
extension EventOutline {
    /// Canonical names of the actors.
    func actorNames(in chronology: Chronology) -> [String] {
        actorIDs.compactMap { chronology.entity($0)?.canonicalName }
    }

    /// Canonical names of the places.
    func placeNames(in chronology: Chronology) -> [String] {
        placeIDs.compactMap { chronology.entity($0)?.canonicalName }
    }
}
