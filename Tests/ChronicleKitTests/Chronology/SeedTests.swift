import ChronicleKit
import Foundation
import Testing

/// Checks on the five reference articles, read from ../shared/seeds at run time (never copied here).
@Suite(.enabled(if: SharedFolder.runs("seeds"), "needs ../shared/seeds, which only a checkout beside it has"))
struct SeedTests {
    static let chronology: Chronology = {
        try! ChronologyPipeline().run(paths: [SharedFolder.root + "/seeds"]).chronology
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

/// Entity checks on the seeds: spelling variants are one node, different people are not.
@Suite(.enabled(if: SharedFolder.runs("seeds"), "needs ../shared/seeds, which only a checkout beside it has"))
struct SeedEntityTests {
    static let entities = SeedTests.chronology.entities

    static func entity(named name: String) -> Entity? {
        entities.first { $0.canonicalName == name || $0.aliases.contains(name) }
    }

    @Test(arguments: [
        ("Mehdi Hejjawi", "Mehdi Hijaouy"), ("Abdelmalek Droudkel", "Abdelmalek Droukdel"),
        ("Mohamed VI", "Mohammed VI"),
        ("Djamel Okhacha", "Djamel Okasha"), ("Al-Qaeda in the Islamic Maghreb", "Al Qaeda in the Islamic Maghreb"),
        ("Directorate of Territorial Surveillance", "DST"),
    ])
    func variantsAreOneNode(_ pair: (String, String)) throws {
        let first = try #require(Self.entity(named: pair.0))
        let second = try #require(Self.entity(named: pair.1))
        #expect(first.id == second.id)
    }

    @Test(arguments: ["Abdellatif Hammouchi", "Pedro Sánchez", "Mohamed VI"])
    func peopleInTwoArticlesLinkBoth(_ name: String) throws {
        let entity = try #require(Self.entity(named: name))
        #expect(entity.kind == .person)
        #expect(entity.documentIDs.count >= 2)
    }

    @Test func differentPeopleDoNotMerge() throws {
        let hajib = try #require(Self.entity(named: "Mohamed Hajib"))
        #expect(!hajib.aliases.contains("Mohamed Nifaoui"))
        #expect(Self.entity(named: "Mohamed Nifaoui")?.id != hajib.id)
    }
}
