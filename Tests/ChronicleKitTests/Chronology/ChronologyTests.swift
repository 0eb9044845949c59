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
