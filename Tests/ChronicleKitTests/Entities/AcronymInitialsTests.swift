import Testing

@testable import ChronicleKit

/// An acronym without its definition joins the one organization whose initials it is (#24).
@Suite struct AcronymInitialsTests {
    static func mention(_ text: String, _ kind: EntityKind) -> EntityMention {
        EntityMention(range: TextRange(start: 0, end: text.utf8.count), text: text, kind: kind, sentenceIndex: 0)
    }

    static func entities(_ documents: [[EntityMention]]) -> [Entity] {
        EntityResolver().resolve(documents.enumerated().map { ("d\($0.offset)", $0.element) }).entities
    }

    @Test func anAcronymJoinsTheOrganizationWithItsInitials() throws {
        let entities = Self.entities([
            [
                Self.mention("General Motors", .organization),
                Self.mention("Al-Qaeda in the Islamic Maghreb", .organization),
            ],
            [Self.mention("GM", .organization), Self.mention("AQIM", .organization)],
        ])
        #expect(entities.count == 2, "\(entities.map(\.canonicalName))")
        let gm = try #require(entities.first { $0.canonicalName == "General Motors" })
        #expect(gm.aliases.contains("GM"))
        let aqim = try #require(entities.first { $0.canonicalName.hasPrefix("Al-Qaeda") })
        #expect(aqim.aliases.contains("AQIM"))
    }

    @Test func twoOrganizationsWithTheSameInitialsLeaveTheAcronymAlone() {
        let entities = Self.entities([
            [Self.mention("General Motors", .organization), Self.mention("Global Media", .organization)],
            [Self.mention("GM", .organization)],
        ])
        #expect(entities.count == 3)
    }

    @Test func initialsSkipFunctionWordsAndSplitHyphens() {
        #expect(AcronymInitials.initials(of: "al-qaeda in the islamic maghreb") == "aqim")
        #expect(AcronymInitials.initials(of: "general motors") == "gm")
        #expect(AcronymInitials.initials(of: "motors") == nil)
        #expect(
            AcronymInitials.isAcronym("GM") && AcronymInitials.isAcronym("U.N.") && !AcronymInitials.isAcronym("Gm"))
        #expect(!AcronymInitials.isAcronym("NATIONALS"))
    }
}

/// A country, city or region the gazetteer knows is a place, however the model typed its mentions (#24).
@Suite struct GazetteerKindTests {
    @Test func aKnownPlaceTypedAsAnOrganizationIsAPlace() throws {
        let entities = AcronymInitialsTests.entities([
            [
                AcronymInitialsTests.mention("Western Sahara", .organization),
                AcronymInitialsTests.mention("Western Sahara", .organization),
                AcronymInitialsTests.mention("Polisario Front", .organization),
            ]
        ])
        #expect(entities.first { $0.canonicalName == "Western Sahara" }?.kind == .place)
        #expect(entities.first { $0.canonicalName == "Polisario Front" }?.kind == .organization)
    }
}
