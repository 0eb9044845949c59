import ChronicleKit
import Foundation
import Testing

/// Checks on the five reference articles, read from ../shared/seeds at run time (never copied here).
@Suite(.enabled(if: SharedFolder.path("seeds") != nil, "needs ../shared/seeds"))
struct SeedTests {
    static let chronology: Chronology = {
        ChronologyPipeline().run(paths: [SharedFolder.path("seeds")!]).chronology
    }()

    @Test(arguments: [
        "2011-05-17", "2022-04-30", "2021-08-24", "2012-09", "2011-05-14/2011-05-15", "2013-02", "2010", "2006", "2002",
    ])
    func explicitDatesAreRows(_ value: String) {
        #expect(Self.chronology.events.contains { $0.date?.value == value })
    }

    @Test func numbersThatAreNotDatesNeverDateARow() {
        let dated = Self.chronology.events.compactMap { event in event.date.map { ($0.text, $0.value) } }
        for (text, value) in dated {
            #expect(!["2,009", "8460/11", "6055", "3,535", "200th", "11"].contains(text), "\(text) became \(value)")
            #expect(!value.hasPrefix("200 ") && !value.hasPrefix("8460") && !value.hasPrefix("6055"))
        }
    }

    @Test func everyEventPointsBackToItsSentence() throws {
        for event in Self.chronology.events {
            let evidence = event.evidence[0]
            let path = try #require(SharedFolder.path("seeds/" + evidence.documentID))
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            let quoted = String(String.UnicodeScalarView(scalars[evidence.characterRange]))
            #expect(quoted == evidence.sentence)
        }
    }
}
