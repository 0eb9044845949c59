/// What the merge needs of one telling of an event, whatever its document: where the whole event lies in
/// the evidence spool, its sentence fingerprint, date and event word.
struct TellingKey: Sendable {
    /// Where the whole event lies in the evidence spool.
    var record: SpoolRange
    var fingerprint: SentenceFingerprint
    /// The value of its date (as the chronology writes it), if it has one.
    var dateValue: String?
    /// Whether it has a time expression at all (the first telling with one dates a merged event).
    var hasTime: Bool
    /// The first and last day its date allows, as day numbers (meaningful only with a date).
    var firstDay: Int32
    var lastDay: Int32
    var lemma: String
    /// The kinds of event it tells, for spotting disagreements (see ``DisputeFinder``).
    var kinds: EventKinds
    var sentenceIndex: Int32

    /// The key of `event`, lying at `record`.
    init(_ event: Event, record: SpoolRange) {
        self.record = record
        fingerprint = SentenceFingerprint(event.sentence)
        let date = event.time.flatMap(EventDate.init)
        dateValue = date?.value
        hasTime = event.time != nil
        firstDay = Int32(date?.start.dayNumber ?? 0)
        lastDay = Int32(date?.end.dayNumber ?? 0)
        lemma = event.triggerLemma
        kinds = EventKinds(event)
        sentenceIndex = Int32(event.sentenceIndex)
    }
}
