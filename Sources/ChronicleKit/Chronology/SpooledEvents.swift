/// A chronology's events as records in a spool file, in chronological order: each is read and decoded
/// when it is asked for, so only their places (16 bytes each) and flags stay in memory.
struct SpooledEvents: Sendable {
    /// The file holding the records; it lives as long as any chronology reading it.
    let spool: SpoolFile
    /// The file holding each telling the records point to.
    let evidence: SpoolFile
    /// Where each event lies, by chronological position.
    let records: [SpoolRange]
    /// Whether each event is disputed, by chronological position.
    let disputed: [Bool]
    /// The chronology's entity ids, by the numbers the records use.
    let entityIDs: [String]

    var count: Int { records.count }

    /// The event at a chronological position, numbered `evt-0001` from the first.
    func event(at position: Int) -> ChronologyEvent {
        var reader = RecordReader(spool.read(records[position]))
        let event = ChronologyEvent(
            record: &reader, id: Self.id(position), disputed: disputed[position], entityIDs: entityIDs,
            evidence: evidence)
        guard reader.isAtEnd else { RecordReader.damaged("an event record is longer than its fields") }
        return event
    }

    /// The outline of the event at a chronological position: the head of its record only.
    func outline(at position: Int) -> EventOutline {
        var reader = RecordReader(spool.read(records[position]))
        return EventOutline(record: &reader, id: Self.id(position), disputed: disputed[position], entityIDs: entityIDs)
    }

    /// `evt-0001` for the first position.
    private static func id(_ position: Int) -> String {
        "evt-" + CalendarDate.pad(position + 1, 4)
    }
}
