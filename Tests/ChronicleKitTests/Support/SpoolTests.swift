import Foundation
import Testing

@testable import ChronicleKit

/// The spool file the events wait in, and the records written to it.
@Suite struct SpoolTests {
    static let event: Event = {
        var event = Event(
            documentID: "r21578-17", sentenceIndex: 12, trigger: "fled", triggerLemma: "flee",
            time: TimeExpression(
                kind: .date, value: "2011-05-14", modifier: .end, precision: .day,
                interval: DayInterval(start: CalendarDate(iso: "2011-05-14")!, end: CalendarDate(iso: "2011-05-15")!),
                range: TextRange(start: 40, end: 51), text: "14/15 May", isRelative: true,
                rangeEnd: CalendarDate(iso: "2011-05-15")),
            actorMentions: [0, 3, 700], placeMentions: [2],
            attribution: Attribution(source: "Le Monde", mentionIndex: 4, cue: "according to"),
            modality: .alleged, summary: "…fled to Málaga on 14/15 May…",
            sentence: "Selon « Le Monde », Tomás fled to Málaga on 14/15 May, a 🚤 trip.",
            evidence: TextRange(start: 17, end: 96), characterRange: 15..<80)
        event.agentMentions = [0]
        event.patientMentions = [3]
        return event
    }()

    @Test func eventRecordsReadBackEqual() {
        let untimed = Event(
            documentID: "", sentenceIndex: 0, trigger: "", triggerLemma: "", time: nil, actorMentions: [],
            placeMentions: [], attribution: .author, modality: .asserted, summary: "", sentence: "",
            evidence: TextRange(start: 0, end: 0), characterRange: 0..<0)
        for event in [Self.event, untimed] {
            var writer = RecordWriter()
            event.write(to: &writer)
            var reader = RecordReader(writer.bytes)
            #expect(Event(record: &reader, at: 0, spool: nil) == event)
            #expect(reader.isAtEnd)
        }
    }

    @Test func numbersOfEverySizeReadBack() {
        let values = [0, 1, -1, 127, 128, -129, 16_383, 16_384, Int(Int32.max), Int(Int64.min), Int(Int64.max)]
        var writer = RecordWriter()
        for value in values { writer.integer(value) }
        for value in values where value >= 0 { writer.count(value) }
        var reader = RecordReader(writer.bytes)
        #expect(values.map { _ in reader.integer() } == values)
        #expect(values.filter { $0 >= 0 }.map { _ in reader.count() } == values.filter { $0 >= 0 })
        #expect(reader.isAtEnd)
    }

    @Test func chronologyEventRecordsNameEntitiesByNumberAndPointAtTheirTellings() throws {
        let event = ChronologyEvent(
            id: "evt-0042", date: EventDate(Self.event.time!), summary: "…fled to Málaga…", trigger: "fled",
            actorIDs: ["per-tomas", "org-dgst"], placeIDs: ["plc-malaga"], agentIDs: ["per-tomas"], patientIDs: [],
            attributions: ["Le Monde", "author"], attributionEntityIDs: ["org-le-monde"], modality: .alleged,
            evidence: [Self.event, Self.event], sourcesCount: 2, disputed: true)
        let entities = ["org-dgst", "org-le-monde", "per-tomas", "plc-malaga"]
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let evidence = try SpoolFile(folder: folder.path)
        var telling = RecordWriter()
        Self.event.write(to: &telling)
        let places = [try evidence.appendRecord(telling.bytes), try evidence.appendRecord(telling.bytes)]
        var writer = RecordWriter()
        event.write(
            to: &writer, entityNumbers: Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1, $0) }),
            tellings: places)
        var reader = RecordReader(writer.bytes)
        let read = ChronologyEvent(
            record: &reader, id: "evt-0042", disputed: true, entityIDs: entities, evidence: evidence)
        #expect(read == event)
        #expect(reader.isAtEnd)
    }

    @Test func recordsReadBackWhileMoreAreAppended() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let spool = try SpoolFile(folder: folder.path)
        // The file is gone from the folder at once: nothing is left behind however the run ends.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        var written: [(SpoolRange, [UInt8])] = []
        for size in [0, 1, 300, 1 << 20, 5, (1 << 20) + 17, 70_000] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ size) }
            written.append((try spool.appendRecord(bytes), bytes))
            // Read back at once (still buffered) and every earlier record too.
            for (range, expected) in written { #expect(spool.read(range) == expected) }
        }
        #expect(spool.size == Int64(written.reduce(0) { $0 + $1.1.count }))
    }

    @Test func recordsReadThroughCachedBlocksAfterSealing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let spool = try SpoolFile(folder: folder.path, readAhead: true)
        // Records that straddle the 64 KiB blocks, a record larger than a block, and an empty one.
        var written: [(SpoolRange, [UInt8])] = []
        for size in [100, 70_000, 0, 65_536, 3, 200_000, 1] + Array(repeating: 333, count: 600) {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ size) }
            written.append((try spool.appendRecord(bytes), bytes))
        }
        try spool.seal()
        // Front to back, then back to front and every other one: the cache is right in any order.
        for (range, expected) in written + written.reversed()
            + written.enumerated().filter({ $0.offset % 2 == 0 })
            .map(\.element)
        {
            #expect(spool.read(range) == expected)
        }
    }

    @Test func aFolderThatCannotHoldTheSpoolIsNamed() {
        #expect(throws: SpoolError.self) { try SpoolFile(folder: "/nonexistent-chronicle-folder") }
        var options = ChronologyPipeline.Options()
        options.spoolFolder = "/nonexistent-chronicle-folder"
        do {
            _ = try ChronologyPipeline(options: options).run(paths: [])
            Issue.record("the pipeline ran without a spool")
        } catch let error as SpoolError {
            #expect(error.description.contains("/nonexistent-chronicle-folder"))
            #expect(error.description.contains("TMPDIR"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func theEventsOfOneSentenceShareItsText() throws {
        // One sentence naming 300 dates gives 300 events; its text is written once, not once per event.
        let dates = (0..<300).map { "on \($0 % 28 + 1) March \(1900 + $0)" }.joined(separator: ", ")
        let text = "Karim Benhaddou met officials in Rabat " + dates + "."
        let chronology = try ChronologyBuilder().build([
            DocumentAnalyzer().analyze(Document(id: "a.txt", source: "a.txt", text: text))
        ])
        guard case .spooled(let events) = chronology.events.storage else {
            Issue.record("a built chronology keeps its events in memory")
            return
        }
        let count = chronology.events.count
        #expect(count > 50)
        // Each sentence's text once, and a short record per event.
        #expect(events.evidence.size < Int64(text.utf8.count * 2 + count * 400), "spool: \(events.evidence.size) bytes")
        let sentence = try #require(chronology.events.first?.evidence.first?.sentence)
        #expect(sentence.utf8.count > 1000)
        #expect(chronology.events.filter { $0.evidence.first?.sentence == sentence }.count > 10)
    }

    @Test func spooledChronologyEqualsItsEventsHeldInMemory() throws {
        let documents = [
            Document(
                id: "a.txt", source: "a.txt", publisher: "Wire", published: CalendarDate(iso: "2021-03-04"),
                text: "Karim Benhaddou fled to Madrid on 26 February 2021, sources said. Police denied it."),
            Document(id: "b.txt", source: "b.txt", text: "Karim Benhaddou fled to Madrid on 26 February 2021."),
        ]
        let chronology = try ChronologyBuilder().build(documents.map { DocumentAnalyzer().analyze($0) })
        guard case .spooled = chronology.events.storage else {
            Issue.record("a built chronology keeps its events in memory")
            return
        }
        let inMemory = Chronology(
            documents: chronology.documents, entities: chronology.entities, events: Array(chronology.events))
        #expect(inMemory == chronology)
        // An outline read from the head of a record says what the whole event says.
        for position in chronology.events.indices {
            let outline = chronology.events.outline(at: position)
            let whole = EventOutline(chronology.events[position])
            #expect(outline.id == whole.id && outline.date == whole.date && outline.actorIDs == whole.actorIDs)
            #expect(outline.tellingDocumentIDs == whole.tellingDocumentIDs && outline.disputed == whole.disputed)
            #expect(outline.sourcesCount == whole.sourcesCount && outline.modality == whole.modality)
        }
        #expect(chronology.events.map(\.id) == (1...chronology.events.count).map { "evt-" + CalendarDate.pad($0, 4) })
        #expect(chronology.events.contains { $0.sourcesCount == 2 && $0.evidence.count == 2 })
    }
}
