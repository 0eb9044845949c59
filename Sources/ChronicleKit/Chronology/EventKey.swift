/// What the corpus-level merge needs of one event while the event itself waits in the spool: where it
/// lies, its sentence fingerprint, date, event word, the mentions it involves and how firmly it is told.
struct EventKey: Sendable {
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
    /// Where its mention numbers start in the document's ``SpooledAnalysis/mentionNumbers``: actors, places,
    /// agents and patients, one run after another.
    var mentionStart: Int32
    var actorCount: UInt32
    var placeCount: UInt32
    var agentCount: UInt32
    var patientCount: UInt32
    /// The mention of the source it is attributed to, or -1.
    var sourceMention: Int32
    var modality: Modality
    /// The kinds of event it tells, for spotting disagreements (see ``DisputeFinder``).
    var kinds: EventKinds
    var sentenceIndex: Int32

    /// The key of `event`, its mention numbers appended to `mentionNumbers`.
    init(_ event: Event, record: SpoolRange, mentionNumbers: inout [Int32]) {
        self.record = record
        fingerprint = SentenceFingerprint(event.sentence)
        let date = event.time.flatMap(EventDate.init)
        dateValue = date?.value
        hasTime = event.time != nil
        firstDay = Int32(date?.start.dayNumber ?? 0)
        lastDay = Int32(date?.end.dayNumber ?? 0)
        lemma = event.triggerLemma
        mentionStart = Int32(mentionNumbers.count)
        for list in [event.actorMentions, event.placeMentions, event.agentMentions, event.patientMentions] {
            mentionNumbers.append(contentsOf: list.lazy.map { Int32($0) })
        }
        actorCount = UInt32(event.actorMentions.count)
        placeCount = UInt32(event.placeMentions.count)
        agentCount = UInt32(event.agentMentions.count)
        patientCount = UInt32(event.patientMentions.count)
        sourceMention = Int32(event.attribution.mentionIndex ?? -1)
        modality = event.modality
        kinds = EventKinds(event)
        sentenceIndex = Int32(event.sentenceIndex)
    }

    /// The mention numbers of each role, read from the document's list.
    func mentions(in numbers: [Int32]) -> (actors: [Int], places: [Int], agents: [Int], patients: [Int]) {
        var start = Int(mentionStart)
        func take(_ count: UInt32) -> [Int] {
            defer { start += Int(count) }
            return numbers[start..<start + Int(count)].map { Int($0) }
        }
        return (take(actorCount), take(placeCount), take(agentCount), take(patientCount))
    }
}
