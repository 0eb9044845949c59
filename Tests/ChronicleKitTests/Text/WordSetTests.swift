import Testing

@testable import ChronicleKit

/// The filtered word lists answer exactly what a plain set or dictionary answers.
@Suite struct WordSetTests {
    static let listed = [
        "claims", "memo", "été", "über", "", "a", String(repeating: "x", count: 70), "\u{201C}", "2011", "co-op",
        ";", "\u{212B}",
    ]
    static let asked =
        listed + [
            "claim", "Claims", "memos", "ete", "uber", "b", String(repeating: "x", count: 69),
            String(repeating: "x", count: 71), "\u{201D}", "2012", "coop", " ", "mémo", "m", "cl",
            // Canonically equal to listed words, in other bytes: Swift's sets find them, so must these.
            "e\u{301}te\u{301}", "u\u{308}ber", "\u{37E}", "\u{E9}t\u{65}\u{301}", "A\u{30A}", "\u{C5}",
        ]

    @Test func setAgreesWithSet() {
        let words = WordSet(Self.listed)
        let plain = Set(Self.listed)
        for word in Self.asked { #expect(words.contains(word) == plain.contains(word), "\(word)") }
        #expect(words.count == plain.count)
        #expect(Set(words.union(["new"])) == plain.union(["new"]))
        #expect(Set(words.subtracting(["memo"])) == plain.subtracting(["memo"]))
    }

    @Test func mapAgreesWithDictionary() {
        let plain = Dictionary(uniqueKeysWithValues: Self.listed.enumerated().map { ($1, $0) })
        let words = WordMap(plain)
        for word in Self.asked { #expect(words[word] == plain[word], "\(word)") }
        let literal: WordMap<Int> = ["may": 5, "june": 6]
        #expect(literal["may"] == 5 && literal["mayo"] == nil && literal["june"] == 6)
    }
}
