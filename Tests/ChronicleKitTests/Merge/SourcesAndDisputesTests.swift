import Foundation
import Testing

@testable import ChronicleKit

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
