import Foundation
import Testing

@testable import ChronicleKit

@Suite struct ChronologyTests {
    private func chronology(_ documents: [Document]) throws -> Chronology {
        try ChronologyBuilder().build(documents.map { DocumentAnalyzer().analyze($0) })
    }

    @Test func eventsAreOrderedByDateWithUndatedLast() throws {
        let text = """
            The council was dissolved in 2010. The minister resigned on 3 March 2021. \
            Officials met in Rabat in 2006. The officer fled abroad.
            """
        let result = try chronology([Document(id: "a.txt", source: "a.txt", text: text)])
        #expect(result.events.map { $0.date?.value } == ["2006", "2010", "2021-03-03", nil])
        #expect(result.events.map(\.id) == ["evt-0001", "evt-0002", "evt-0003", "evt-0004"])
    }

    @Test func relativeDatesUseTheDocumentDate() throws {
        let document = Document(
            id: "a.txt", source: "a.txt", publisher: "Wire", published: CalendarDate(iso: "2021-03-04"),
            text: "The ministry said yesterday that Karim Benhaddou fled to Madrid.")
        let event = try #require(chronology([document]).events.first)
        #expect(event.date?.value == "2021-03-03")
        #expect(event.attributions == ["ministry"])
        #expect(event.modality == .reported)
    }

    @Test func theSameEventFromTwoPublishersMerges() throws {
        let sentence = "Karim Benhaddou fled to Spain on 26 February 2021."
        let result = try chronology([
            Document(id: "a.txt", source: "a.txt", publisher: "Wire", text: sentence),
            Document(
                id: "b.txt", source: "b.txt", publisher: "Daily",
                text: "Former deputy Karim Benhaddou fled by boat on 26 February 2021."),
            Document(id: "c.txt", source: "c.txt", publisher: "Wire", text: sentence),
        ])
        let event = try #require(result.events.first { $0.date?.value == "2021-02-26" })
        #expect(event.documentIDs == ["a.txt", "b.txt", "c.txt"])
        #expect(event.sourcesCount == 2)
        #expect(result.events.filter { $0.date?.value == "2021-02-26" }.count == 1)
    }

    @Test func eachDateInASentenceIsAnEvent() throws {
        let result = try chronology([
            Document(
                id: "a.txt", source: "a.txt",
                text: "Critics blame the agency for bombings in Tazrit (2004) and Port Serrat (2011).")
        ])
        #expect(result.events.compactMap { $0.date?.value } == ["2004", "2011"])
    }

    @Test func evidenceOffsetsCountUnicodeScalars() throws {
        let text = "Él dijo: «bien». The ministry said Benhaddou fled on 26 February 2021."
        let result = try chronology([Document(id: "a.txt", source: "a.txt", text: text)])
        let event = try #require(result.events.first { $0.date != nil })
        let scalars = Array(text.unicodeScalars)
        let quoted = String(String.UnicodeScalarView(scalars[event.evidence[0].characterRange]))
        #expect(quoted == "The ministry said Benhaddou fled on 26 February 2021.")
    }

    @Test func hedgesAndDenialsSetTheModality() throws {
        let result = try chronology([
            Document(
                id: "a.txt", source: "a.txt",
                text: """
                    The minister denied that Benhaddou fled in 2021. \
                    The service allegedly staged the attack in 2004. \
                    Officials may have met in Paris in 2019. \
                    The two countries will sign the convention in 2022.
                    """)
        ])
        let byYear = Dictionary(
            result.events.compactMap { event in event.date.map { ($0.value, event.modality) } },
            uniquingKeysWith: { a, _ in a })
        #expect(byYear["2021"] == .denied)
        #expect(byYear["2004"] == .alleged)
        #expect(byYear["2019"] == .hypothetical)
        #expect(byYear["2022"] == .planned)
    }
}

@Suite struct PipelineTests {
    static var samples: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples").path
    }

    @Test func outputDoesNotDependOnThreadsOrBatches() throws {
        var serial = ChronologyPipeline.Options()
        serial.threads = 1
        var parallel = ChronologyPipeline.Options()
        parallel.threads = 3
        parallel.batchSize = 2
        let one = try ChronologyPipeline(options: serial).run(paths: [Self.samples]).chronology
        let many = try ChronologyPipeline(options: parallel).run(paths: [Self.samples]).chronology
        #expect(one.events.count > 20)
        #expect(try CSVExporter().render(one) == CSVExporter().render(many))
        #expect(try GraphMLExporter().render(one) == GraphMLExporter().render(many))
    }

    /// The corpus-level steps split their per-document and per-event work across the cores only past a
    /// few dozen items: a corpus of a few hundred documents takes those paths, and must build the same.
    @Test func corpusStepsDoNotDependOnThreads() throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: Self.samples).filter { $0.hasSuffix(".txt") }
            .sorted()
        var documents: [Document] = []
        for copy in 0..<40 {
            for name in samples {
                let text = try String(contentsOfFile: Self.samples + "/" + name, encoding: .utf8)
                documents.append(
                    Document(
                        id: "\(copy)-\(name)", source: name, publisher: "Outlet \(copy % 7)",
                        published: CalendarDate(iso: "2021-03-\(10 + copy % 9)"), text: text))
            }
        }
        let analyses = documents.map { DocumentAnalyzer().analyze($0) }
        let one = try ChronologyBuilder(threads: 1).build(analyses)
        let many = try ChronologyBuilder(threads: 3).build(analyses)
        #expect(documents.count > 200)
        #expect(one.events.count > 64)
        #expect(one.events.contains { $0.evidence.count > 1 })
        #expect(one == many)
        #expect(try CSVExporter().render(one) == CSVExporter().render(many))
    }

    @Test func parallelMapKeepsOrder() throws {
        for threads in [1, 2, 5] {
            let squares = parallelMap(count: 10_007, threads: threads) { $0 * $0 }
            #expect(squares == (0..<10_007).map { $0 * $0 })
        }
    }
}

@Suite struct SourcesAndDisputesTests {
    private func chronology(_ documents: [Document]) throws -> Chronology {
        try ChronologyBuilder().build(documents.map { DocumentAnalyzer().analyze($0) })
    }

    @Test func syndicatedCopiesCountOnce() throws {
        let wire = """
            Karim Benhaddou left Valdoria on 26 February 2021 and crossed into Spain by boat, sources told the agency. \
            The interior ministry said on 3 March 2021 that it had no information about his whereabouts. \
            Opposition deputy Youssef Hammar on 3 March 2021 called for a parliamentary inquiry into the case.
            """
        let result = try chronology([
            Document(id: "wire.txt", source: "wire.txt", publisher: "Valdoria Press Agency", text: wire),
            Document(
                id: "copy.txt", source: "copy.txt", publisher: "Harbour Daily", text: "(Valdoria Press Agency) " + wire),
            Document(
                id: "other.txt", source: "other.txt", publisher: "El Faro",
                text: "Karim Benhaddou left Valdoria on 26 February 2021, El Faro learned."),
        ])
        let flight = try #require(result.events.first { $0.date?.value == "2021-02-26" })
        #expect(flight.documentIDs.count == 3)
        #expect(flight.sourcesCount == 2)
    }

    @Test func disagreeingDatesAndDenialsAreDisputed() throws {
        let result = try chronology([
            Document(
                id: "a.txt", source: "a.txt", publisher: "Wire",
                text: "Karim Benhaddou fled to Spain on 26 February 2021."),
            Document(
                id: "b.txt", source: "b.txt", publisher: "Courrier",
                text: "Karim Benhaddou flew to Paris on 19 February 2021."),
            Document(
                id: "c.txt", source: "c.txt", publisher: "Monitor",
                text: "The minister denied on 16 March 2021 that Karim Benhaddou had fled."),
            Document(
                id: "d.txt", source: "d.txt", publisher: "Gazette",
                text: "Youssef Hammar met reporters in Rabat on 2 March 2021."),
        ])
        let byDate = Dictionary(
            result.events.compactMap { event in event.date.map { ($0.value, event.disputed) } },
            uniquingKeysWith: { a, b in a || b })
        #expect(byDate["2021-02-26"] == true)
        #expect(byDate["2021-02-19"] == true)
        #expect(byDate["2021-03-16"] == true)
        #expect(byDate["2021-03-02"] == false)
    }

    @Test func entityTimelineKeepsOnlyItsEvents() throws {
        let result = try chronology([
            Document(
                id: "a.txt", source: "a.txt",
                text: "Karim Benhaddou fled to Spain in 2021. Youssef Hammar met reporters in Rabat in 2020.")
        ])
        let timeline = try #require(result.restricted(toEntityNamed: "karim benhaddou"))
        #expect(timeline.events.map { $0.date?.value } == ["2021"])
        #expect(timeline.entities.contains { $0.canonicalName == "Karim Benhaddou" })
        #expect(result.restricted(toEntityNamed: "Nobody") == nil)
    }
}

@Suite struct RelativeEventTests {
    private func dates(_ text: String) throws -> [String: String] {
        let result = try ChronologyBuilder().build([
            DocumentAnalyzer().analyze(Document(id: "a.txt", source: "a.txt", text: text))
        ])
        return Dictionary(
            result.events.compactMap { event in event.date.map { (event.trigger, $0.value) } },
            uniquingKeysWith: { a, _ in a })
    }

    @Test func eventBeforeADatedOneIsDatedBack() throws {
        let found = try dates(
            "The treaty entered into force on 30 April 2022, three weeks after the two leaders signed it in Madrid.")
        #expect(found["entered"] == "2022-04-30")
        #expect(found["signed"] == "2022-04-09")
    }

    @Test func eventAfterADatedOneIsDatedForward() throws {
        let found = try dates("Three weeks after the port was raided on 15 May 2019, the colonel was dismissed.")
        #expect(found["raided"] == "2019-05-15")
        #expect(found["dismissed"] == "2019-06-05")
    }
}
