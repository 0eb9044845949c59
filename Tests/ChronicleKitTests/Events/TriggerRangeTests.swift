import Foundation
import Testing

@testable import ChronicleKit

/// Each event carries its event word's own character range, in the units of its sentence's (#23).
@Suite struct TriggerRangeTests {
    static let text = """
        Karim Benhaddou fled to Madrid on 2 March 2021, according to El Faro. \
        The police arrested two officers on 4 March 2021.

        Café owners said the raid took place on 5 March 2021.
        """

    @Test(arguments: [1 << 20, 60])
    func theTriggerRangeSelectsTheTriggerWord(pieceBytes: Int) throws {
        let document = Document(
            id: "a.txt", source: "a.txt", published: CalendarDate(iso: "2021-03-06"), text: Self.text)
        var options = DocumentAnalyzer.Options()
        options.pieceBytes = pieceBytes
        let events = DocumentAnalyzer(options: options).analyze(document).events
        let scalars = Array(Self.text.unicodeScalars)
        let withTriggers = events.filter { !$0.trigger.isEmpty }
        #expect(withTriggers.count >= 2)
        for event in withTriggers {
            let range = try #require(event.triggerRange)
            #expect(String(String.UnicodeScalarView(scalars[range])) == event.trigger)
            #expect(event.characterRange.contains(range.lowerBound))
        }
    }

    @Test func theJSONEvidenceCarriesIt() throws {
        let document = Document(
            id: "a.txt", source: "a.txt", published: CalendarDate(iso: "2021-03-06"), text: Self.text)
        let chronology = try ChronologyBuilder().build([DocumentAnalyzer().analyze(document)])
        let json = try JSONExporter().render(chronology)
        #expect(json.contains("\"triggerRange\""))
        let decoded = try JSONDecoder().decode(Chronology.self, from: Data(json.utf8))
        #expect(decoded.events.flatMap(\.evidence).contains { $0.triggerRange != nil })
    }
}
