import Testing

@testable import ChronicleKit

@Suite struct TokenizerTests {
    @Test func keepsNumbersWholeAndSplitsPossessives() {
        let tokens = Tokenizer().tokens(in: "Morocco’s 2,009 cells, 17th May; don't split Al-Qaeda.")
        #expect(
            tokens.map(\.text) == [
                "Morocco", "’s", "2,009", "cells", ",", "17th", "May", ";", "don't", "split", "Al", "-", "Qaeda", ".",
            ])
        #expect(tokens[2].integerValue == nil)
    }

    @Test func offsetsPointIntoTheText() {
        let text = "Él llegó a Rabat."
        let tokens = Tokenizer().tokens(in: text)
        let bytes = Array(text.utf8)
        for token in tokens {
            #expect(String(decoding: bytes[token.range.start..<token.range.end], as: UTF8.self) == token.text)
        }
    }
}

@Suite struct SentenceSplitterTests {
    private func split(_ text: String) -> [String] {
        let tokens = Tokenizer().tokens(in: text)
        let bytes = Array(text.utf8)
        return SentenceSplitter().sentences(in: tokens).map {
            String(decoding: bytes[$0.range.start..<$0.range.end], as: UTF8.self)
        }
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        #expect(
            split("Mr. Smith met Gen. Ali in the U.S. capital. They talked.") == [
                "Mr. Smith met Gen. Ali in the U.S. capital.", "They talked.",
            ])
    }

    @Test func headlinesWithoutFullStopAreSentences() {
        #expect(split("Who is Mehdi?\nA short headline\nThe body starts here. It goes on.").count == 4)
    }

    @Test func hardWrappedParagraphsStayWhole() {
        let text =
            "The central bank said on Tuesday it would raise its key\nrate by half a point to curb inflation, which has risen\nsharply this year. Markets fell."
        #expect(split(text).count == 2)
    }

    @Test func missingSpaceAfterFullStopStillSplits() {
        #expect(split("It ended in the capital.Berber crafts sell well.").count == 2)
    }

    @Test func scalarOffsetsCountLikePython() {
        var offsets = ScalarOffsets("é€a𝄞b")
        #expect(offsets.scalarOffset(ofByte: 2) == 1)
        #expect(offsets.scalarOffset(ofByte: 5) == 2)
        #expect(offsets.scalarOffset(ofByte: 10) == 4)
    }
}
