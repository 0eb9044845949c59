/// What the corpus-level merge needs of one event while the event itself waits in the spool: its
/// ``TellingKey`` and the mentions it involves.
struct EventKey: Sendable {
    /// What the merge needs of it whatever its document.
    var telling: TellingKey
    /// Where its mention numbers start in the document's ``SpooledAnalysis/mentionNumbers``: actors, places,
    /// agents and patients, one run after another.
    var mentionStart: Int32
    var actorCount: UInt32
    var placeCount: UInt32
    var agentCount: UInt32
    var patientCount: UInt32
    /// The mention of the source it is attributed to, or -1.
    var sourceMention: Int32

    /// The key of `event`, its mention numbers appended to `mentionNumbers`.
    init(_ event: Event, record: SpoolRange, mentionNumbers: inout [Int32]) {
        telling = TellingKey(event, record: record)
        mentionStart = Int32(mentionNumbers.count)
        for list in [event.actorMentions, event.placeMentions, event.agentMentions, event.patientMentions] {
            mentionNumbers.append(contentsOf: list.lazy.map { Int32($0) })
        }
        actorCount = UInt32(event.actorMentions.count)
        placeCount = UInt32(event.placeMentions.count)
        agentCount = UInt32(event.agentMentions.count)
        patientCount = UInt32(event.patientMentions.count)
        sourceMention = Int32(event.attribution.mentionIndex ?? -1)
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
