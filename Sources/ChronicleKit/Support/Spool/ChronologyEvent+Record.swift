/// Chronology events as spool records. Entities are stored by their position in the chronology's entity
/// list; the id and the disputed flag are given when the event is read, since they are decided after the
/// record is written.
extension ChronologyEvent {
    /// Writes every field but `id` and `disputed`, in the order ``init(record:id:disputed:entityIDs:evidence:)``
    /// reads them: first those of its ``EventOutline``, so an outline is read without the texts. The tellings
    /// are not copied: their places in the evidence spool are written instead.
    /// - Parameters:
    ///   - entityNumbers: each entity id's position in the chronology's entity list.
    ///   - tellings: where each of ``evidence`` lies in the evidence spool, in the same order.
    func write(to record: inout RecordWriter, entityNumbers: [String: Int], tellings: [SpoolRange]) {
        precondition(tellings.count == evidence.count, "one place per telling")
        record.flag(date != nil)
        date?.write(to: &record)
        for ids in [actorIDs, placeIDs, agentIDs, patientIDs, attributionEntityIDs] {
            record.counts(ids.map { entityNumbers[$0]! })
        }
        record.member(modality)
        record.count(sourcesCount)
        record.strings(evidence.map(\.documentID))
        record.string(summary)
        record.string(trigger)
        record.strings(attributions)
        record.count(primaryEvidence.sentenceIndex)
        record.count(primaryEvidence.characterRange.lowerBound)
        record.count(primaryEvidence.characterRange.upperBound)
        record.count(tellings.count)
        for telling in tellings {
            record.count(Int(telling.offset))
            record.count(Int(telling.length))
        }
    }

    /// Reads an event written by ``write(to:entityNumbers:tellings:)``.
    /// - Parameters:
    ///   - entityIDs: the chronology's entity ids, by position.
    ///   - evidence: the spool the tellings were written to.
    init(record: inout RecordReader, id: String, disputed: Bool, entityIDs: [String], evidence spool: SpoolFile) {
        let outline = EventOutline(record: &record, id: id, disputed: disputed, entityIDs: entityIDs)
        let evidence = (0..<record.count()).map { _ in
            let place = SpoolRange(offset: Int64(record.count()), length: Int32(record.count()))
            var telling = RecordReader(spool.read(place))
            return Event(record: &telling, at: place.offset, spool: spool)
        }
        self.init(
            id: id, date: outline.date, summary: outline.summary, trigger: outline.trigger,
            actorIDs: outline.actorIDs, placeIDs: outline.placeIDs, agentIDs: outline.agentIDs,
            patientIDs: outline.patientIDs, attributions: outline.attributions,
            attributionEntityIDs: outline.attributionEntityIDs,
            modality: outline.modality, evidence: evidence, sourcesCount: outline.sourcesCount, disputed: disputed)
    }
}

extension EventOutline {
    private static func characterRange(_ lower: Int, _ upper: Int) -> Range<Int> {
        guard lower <= upper else { RecordReader.damaged("an event's characters end before they start") }
        return lower..<upper
    }

    /// Reads the head of a record written by ``ChronologyEvent/write(to:entityNumbers:tellings:)``: all but
    /// the places of its tellings.
    init(record: inout RecordReader, id: String, disputed: Bool, entityIDs: [String]) {
        let date = record.flag() ? EventDate(record: &record) : nil
        func ids() -> [String] {
            record.counts().map { number in
                guard number < entityIDs.count else { RecordReader.damaged("an event names an unknown entity") }
                return entityIDs[number]
            }
        }
        let actors = ids()
        let places = ids()
        let agents = ids()
        let patients = ids()
        let sources = ids()
        self.init(
            id: id, date: date, actorIDs: actors, placeIDs: places, agentIDs: agents, patientIDs: patients,
            attributionEntityIDs: sources, modality: record.member(Modality.self), sourcesCount: record.count(),
            disputed: disputed, tellingDocumentIDs: record.strings(), summary: record.string(),
            trigger: record.string(), attributions: record.strings(), firstSentenceIndex: record.count(),
            firstCharacterRange: Self.characterRange(record.count(), record.count()))
    }
}

extension EventDate {
    func write(to record: inout RecordWriter) {
        record.string(value)
        record.date(start)
        record.date(end)
        record.member(precision)
        record.optionalMember(modifier)
        record.string(text)
    }

    init(record: inout RecordReader) {
        value = record.string()
        start = record.date()
        end = record.date()
        precision = record.member(DatePrecision.self)
        modifier = record.optionalMember(TimeModifier.self)
        text = record.string()
    }
}
