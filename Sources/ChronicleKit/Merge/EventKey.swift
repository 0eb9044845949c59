/// What the corpus-level merge needs of one event while the event itself waits in the spool: its
/// ``TellingKey`` and the mentions it involves.
struct EventKey: Sendable {
    /// What the merge needs of it whatever its document.
    var telling: TellingKey
    /// Where its mention numbers lie in the document's ``SpooledAnalysis/mentionNumbers``.
    var mentions: RoleRuns
    /// The mention of the source it is attributed to, or -1.
    var sourceMention: Int32

    /// The key of `event`, its mention numbers appended to `mentionNumbers`.
    init(_ event: Event, record: SpoolRange, mentionNumbers: inout [Int32]) {
        telling = TellingKey(event, record: record)
        func numbers(_ list: [Int]) -> [Int32] { list.map { Int32($0) } }
        mentions = RoleRuns(
            appending: numbers(event.actorMentions), numbers(event.placeMentions), numbers(event.agentMentions),
            numbers(event.patientMentions), to: &mentionNumbers)
        sourceMention = Int32(event.attribution.mentionIndex ?? -1)
    }

    /// The mention numbers of each role, read from the document's list.
    func mentions(in numbers: [Int32]) -> (actors: [Int], places: [Int], agents: [Int], patients: [Int]) {
        func ints(_ run: ArraySlice<Int32>) -> [Int] { run.map { Int($0) } }
        return (
            ints(mentions.actors(in: numbers)), ints(mentions.places(in: numbers)), ints(mentions.agents(in: numbers)),
            ints(mentions.patients(in: numbers))
        )
    }
}
