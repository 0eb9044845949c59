import Foundation
import Testing

@testable import ChronicleKit

/// Headings and sentence openers capitalize words that are no names (#24).
@Suite struct HeadingFilterTests {
    static func names(_ text: String) -> [String] {
        let tokens = Tokenizer().tokens(in: text)
        let sentences = SentenceSplitter().sentences(in: tokens)
        return EntityRecognizer().mentions(tokens: tokens, sentences: sentences).map(\.text)
    }

    /// What the name model alone finds, before the filter.
    static func unfiltered(_ text: String) throws -> [String] {
        let tokens = Tokenizer().tokens(in: text)
        let sentences = SentenceSplitter().sentences(in: tokens)
        let model = try #require(NERModel.bundled)
        return StatisticalMentions(tokens: tokens, sentences: sentences).mentions(tagger: NERTagger(model: model))
            .map(\.text)
    }

    static let article = """
        Panic in Rabat

        The Uncovered Plot

        3. A Well-Oiled System Unfolding

        Tags: Morocco, Mehdi Hijaouy, DGED

        Police in Rabat arrested two officers of the DGED on Monday, the ministry said.
        Likewise, the court in Madrid heard Mehdi Hijaouy on Tuesday.
        """

    @Test func headingWordsAreNoNamesButConfirmedNamesStay() throws {
        let raw = try Self.unfiltered(Self.article)
        #expect(raw.contains("Panic") || raw.contains("Uncovered Plot"), "the model alone takes heading words: \(raw)")
        let found = Self.names(Self.article)
        for junk in ["Panic", "Uncovered Plot", "The Uncovered Plot", "Oiled System", "Well-Oiled System", "Unfolding"]
        {
            #expect(!found.contains(junk), "'\(junk)' is a heading word: \(found)")
        }
        #expect(found.filter { $0 == "Rabat" }.count == 2, "a place in a heading stays: \(found)")
        #expect(found.contains("Mehdi Hijaouy"))
        #expect(found.contains("DGED"))
    }

    @Test func aLineOfNamesIsNoHeading() {
        let tokens = Tokenizer().tokens(in: Self.article)
        let sentences = SentenceSplitter().sentences(in: tokens)
        let filter = HeadingFilter(tokens: tokens, sentences: sentences)
        let lines = sentences.indices.map { index in
            tokens[sentences[index].tokens].map(\.text).joined(separator: " ")
        }
        let headings = sentences.indices.filter(filter.isHeading).map { lines[$0] }
        #expect(headings.contains("Panic in Rabat"))
        #expect(headings.contains("The Uncovered Plot"))
        #expect(headings.contains { $0.hasPrefix("A Well - Oiled") || $0.contains("Oiled System Unfolding") })
        #expect(!headings.contains { $0.hasPrefix("Tags") })
        #expect(!headings.contains { $0.hasPrefix("Police") })
    }

    /// The filter on mentions as a model might give them (the shipped one rarely does on these words).
    @Test func aCommonWordOpeningASentenceIsDroppedFromTheName() throws {
        let text = "Expected delays hit the port.\nExpected Karim Benhaddou arrived on Monday.\n"
        let tokens = Tokenizer().tokens(in: text)
        let sentences = SentenceSplitter().sentences(in: tokens)
        try #require(sentences.count == 2)
        func mention(_ sentence: Int, _ first: Int, _ count: Int, _ kind: EntityKind) -> EntityMention {
            let range = sentences[sentence].tokens.lowerBound + first
            let covered = tokens[range..<(range + count)]
            return EntityMention(
                range: TextRange(start: covered.first!.range.start, end: covered.last!.range.end),
                text: covered.map(\.text).joined(separator: " "), kind: kind, sentenceIndex: sentence)
        }
        let filtered = HeadingFilter(tokens: tokens, sentences: sentences).filter([
            mention(0, 0, 1, .organization), mention(1, 0, 3, .person),
        ])
        #expect(filtered.map(\.text) == ["Karim Benhaddou"])
        let start = try #require(text.range(of: "Karim"))
        #expect(filtered.first?.range.start == text.utf8.distance(from: text.startIndex, to: start.lowerBound))
    }
}
