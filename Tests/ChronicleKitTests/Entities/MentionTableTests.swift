import Testing

@testable import ChronicleKit

/// The corpus's mentions stored compactly: each text once, each mention as numbers.
@Suite struct MentionTableTests {
    private func mention(_ text: String, _ kind: EntityKind, role: String? = nil, definedAs: String? = nil)
        -> EntityMention
    {
        EntityMention(
            range: TextRange(start: 0, end: text.utf8.count), text: text, kind: kind, sentenceIndex: 0, role: role,
            definedAs: definedAs)
    }

    @Test func textsAreStoredOnceAndDocumentsKeepTheirMentions() {
        let table = MentionTable([
            (
                documentID: "a",
                mentions: [mention("DST", .organization, definedAs: "Directorate"), mention("Rabat", .place)]
            ),
            (documentID: "b", mentions: []),
            (documentID: "c", mentions: [mention("Rabat", .place), mention("Hammouchi", .person, role: "DST")]),
        ])
        #expect(table.texts == ["DST", "Directorate", "Rabat", "Hammouchi"])
        #expect(table.documentIDs == ["a", "b", "c"])
        #expect((0..<3).map { table.mentions(of: $0) } == [0..<2, 2..<2, 2..<4])
        let rows = table.rows.map { [table.texts[Int($0.text)], $0.role >= 0 ? table.texts[Int($0.role)] : "-"] }
        #expect(rows == [["DST", "-"], ["Rabat", "-"], ["Rabat", "-"], ["Hammouchi", "DST"]])
        #expect(table.texts[Int(table.rows[0].definedAs)] == "Directorate")
        #expect(table.rows.map(\.kind) == [.organization, .place, .place, .person])
    }

    @Test func everyMentionPointsAtItsEntity() {
        let resolution = EntityResolver().resolve([
            (documentID: "a", mentions: [mention("Karim Benhaddou", .person), mention("Madrid", .place)]),
            (documentID: "b", mentions: [mention("Benhaddou", .person), mention("Rabat", .place)]),
        ])
        let names = resolution.entityOfMention.map { resolution.entities[Int($0)].canonicalName }
        #expect(names == ["Karim Benhaddou", "Madrid", "Karim Benhaddou", "Rabat"])
    }
}
