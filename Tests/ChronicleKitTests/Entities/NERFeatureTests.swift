import Foundation
import Testing

@testable import ChronicleKit

/// The fast paths of the name recognizer's features give the very values the model was trained on.
@Suite struct NERFeatureTests {
    @Test(arguments: [
        "Benhaddou", "DST", "8460/11", "Al-Qaeda", "Ünal", "ÉCOLE", "iPhone", "x", "", "Ørsted's", "1990s",
    ])
    func shapeHashesMatchTheShapeStrings(_ word: String) {
        let (shape, short) = NERFeatures.shapes(word)
        let hashes = NERFeatures.shapeHashes(word)
        #expect(hashes.0 == FNV1a.hash(shape.utf8))
        #expect(hashes.1 == FNV1a.hash(short.utf8))
    }

    /// A word the vocabulary was not given is remembered all the same, under a number of the memory's.
    /// Bare numbers outside a name are not put to the model; names that start with a digit still are.
    @Test func bareNumbersAreSkippedButNamesWithDigitsAreNot() throws {
        for numeral in ["300", "1,500", "2-1", "3.5%", "12:30", "1/2"] {
            #expect(NERVocabulary.WordTraits(unknown: numeral).isNumeral, "\(numeral)")
        }
        for word in ["3M", "7-Eleven", "49ers", "Munich", "(", ""] {
            #expect(!NERVocabulary.WordTraits(unknown: word).isNumeral, "\(word)")
        }
        let model = try #require(NERModel.bundled)
        let words = ["3M", "said", "it", "would", "cut", "300", "jobs", "in", "Minnesota", "."]
        var memory = NERMemory()
        let tags = NERTagger(model: model).tags(words, vocabulary: NERVocabulary(sentences: [words]), memory: &memory)
        let chunks = CoNLLCorpus.chunks(tags).map { "\($0.type):" + words[$0.start..<$0.end].joined(separator: " ") }
        #expect(chunks.contains("ORG:3M"))
        #expect(tags[5] == .outside)
        #expect(chunks.contains("LOC:Minnesota"))
    }

    /// Marks that never start a name are not put to the model; opening marks are (Reuters writes `<Name>`).
    @Test func separatingMarksAreSkippedButOpeningMarksAreNot() {
        for mark in [".", ",", ")", "-", "/", "\"", "'s", "\u{2019}s"] {
            #expect(NERTagger.isClosingMark(mark), "\(mark)")
        }
        for word in ["<", "(", "[", "'", "-based", "Reuters", "s"] {
            #expect(!NERTagger.isClosingMark(word), "\(word)")
        }
    }

    @Test func wordsOutsideTheVocabularyAreRemembered() throws {
        let model = try #require(NERModel.bundled)
        let vocabulary = NERVocabulary(sentences: [["Karim", "met", "the", "press", "."]])
        var memory = NERMemory()
        let tags = NERTagger(model: model).tags(
            ["Benhaddou", "left", "Rabat", "."], vocabulary: vocabulary, memory: &memory)
        var rabat = NERFeatures.facts(of: "Rabat", vocabulary: vocabulary)
        #expect(rabat.lowerNumber == -1)
        rabat.lowerNumber = memory.number(ofUnknownLower: "rabat", after: vocabulary.lowers.count)
        #expect(rabat.lowerNumber >= Int32(vocabulary.lowers.count))
        #expect(memory.recall(rabat) == tags[2].begin)
        // Known forms keep the vocabulary's numbers.
        let karim = NERFeatures.facts(of: "Karim", vocabulary: vocabulary)
        #expect(karim.lowerNumber >= 0 && karim.lowerNumber < Int32(vocabulary.lowers.count))
    }

    @Test func mergedWordListsGiveTheSameBitsAsTheSeparateLists() {
        for word in ["rabat", "karim", "minister", "ministry", "the", "moroccan", "fès", "zzqx"] {
            var expected: UInt8 = 0
            let folded = Gazetteer.fold(word)
            if Gazetteer.placeNames.contains(folded) { expected |= 1 }
            if Gazetteer.givenNames.contains(folded) { expected |= 2 }
            if Gazetteer.personTitles.contains(word) { expected |= 4 }
            if Gazetteer.organizationWords.contains(folded) { expected |= 8 }
            if CommonWords.all.contains(word) { expected |= 16 }
            if Gazetteer.demonyms[folded] != nil { expected |= 32 }
            let facts = NERFeatures.facts(of: word, vocabulary: NERVocabulary(sentences: []))
            #expect(facts.lists == expected, "\(word)")
        }
    }
}
