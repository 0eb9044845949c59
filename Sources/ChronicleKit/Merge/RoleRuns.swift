/// Where an event's numbers for each role lie in an array shared by many events: its actors, places,
/// agents and patients, one run after another from `start`.
struct RoleRuns: Sendable {
    var start: Int32
    var actorCount: UInt32
    var placeCount: UInt32
    var agentCount: UInt32
    var patientCount: UInt32

    /// The runs of four lists appended to `numbers` (which they are then read from).
    init(
        appending actors: [Int32], _ places: [Int32], _ agents: [Int32], _ patients: [Int32], to numbers: inout [Int32]
    ) {
        start = Int32(numbers.count)
        actorCount = UInt32(actors.count)
        placeCount = UInt32(places.count)
        agentCount = UInt32(agents.count)
        patientCount = UInt32(patients.count)
        numbers.append(contentsOf: actors)
        numbers.append(contentsOf: places)
        numbers.append(contentsOf: agents)
        numbers.append(contentsOf: patients)
    }

    func actors(in numbers: [Int32]) -> ArraySlice<Int32> {
        run(numbers, skipping: 0, actorCount)
    }

    func places(in numbers: [Int32]) -> ArraySlice<Int32> {
        run(numbers, skipping: actorCount, placeCount)
    }

    func agents(in numbers: [Int32]) -> ArraySlice<Int32> {
        run(numbers, skipping: actorCount + placeCount, agentCount)
    }

    func patients(in numbers: [Int32]) -> ArraySlice<Int32> {
        run(numbers, skipping: actorCount + placeCount + agentCount, patientCount)
    }

    private func run(_ numbers: [Int32], skipping before: UInt32, _ count: UInt32) -> ArraySlice<Int32> {
        let first = Int(start) + Int(before)
        return numbers[first..<first + Int(count)]
    }
}
