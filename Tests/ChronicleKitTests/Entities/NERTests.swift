import ChronicleKit
import Foundation
import Testing

@Suite struct NERTests {
    @Test func iob1BecomesIOB2AndChunksFollowConlleval() {
        let iob1: [NERTag] = [
            .insidePerson, .insidePerson, .outside, .insideOrganization, .beginOrganization, .insideLocation,
        ]
        let iob2 = NERTag.iob2(iob1)
        #expect(
            iob2 == [.beginPerson, .insidePerson, .outside, .beginOrganization, .beginOrganization, .beginLocation])
        let chunks = CoNLLCorpus.chunks(iob2).map { "\($0.type) \($0.start)-\($0.end)" }
        #expect(chunks == ["PER 0-2", "ORG 3-4", "ORG 4-5", "LOC 5-6"])
    }

    @Test func bundledModelTagsNames() throws {
        let model = try #require(NERModel.bundled, "the trained model ships in Resources/")
        let words = ["Pedro", "Sánchez", "met", "Abdellatif", "Hammouchi", "of", "the", "DGST", "in", "Madrid", "."]
        var memory = NERMemory()
        let tags = NERTagger(model: model).tags(words, vocabulary: NERVocabulary(sentences: [words]), memory: &memory)
        let chunks = CoNLLCorpus.chunks(tags).map { "\($0.type):" + words[$0.start..<$0.end].joined(separator: " ") }
        #expect(chunks.contains("PER:Pedro Sánchez"))
        #expect(chunks.contains("PER:Abdellatif Hammouchi"))
        #expect(chunks.contains("LOC:Madrid"))
    }

    @Test func modelFilesRoundTripAndBadOnesAreRejected() throws {
        let model = try #require(NERModel.bundled)
        let copy = try NERModel(data: model.data())
        let words = ["The", "European", "Commission", "said", "on", "Thursday", "."]
        var first = NERMemory()
        var second = NERMemory()
        let vocabulary = NERVocabulary(sentences: [words])
        #expect(
            NERTagger(model: model).tags(words, vocabulary: vocabulary, memory: &first)
                == NERTagger(model: copy).tags(words, vocabulary: vocabulary, memory: &second))
        #expect(throws: NERModel.FormatError.self) { try NERModel(data: Data("not a model".utf8)) }
    }

    @Test func aModelFileIsReadAsWrittenAndADamagedOneIsNamedForWhatIsWrong() throws {
        let model = try #require(NERModel.bundled)
        let folder = NSTemporaryDirectory() + "chronicle-model-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = model.data()
        try bytes.write(to: URL(fileURLWithPath: folder + "/whole.model"))
        #expect(try NERModel(contentsOfFile: folder + "/whole.model").data() == bytes)
        /// What reading the file named `name` fails with, if it does.
        func failure(_ name: String) -> String? {
            do {
                _ = try NERModel(contentsOfFile: folder + "/" + name)
                return nil
            } catch {
                return "\(error)"
            }
        }
        #expect(failure("whole.model") == nil)
        try bytes.prefix(bytes.count - 2).write(to: URL(fileURLWithPath: folder + "/short.model"))
        #expect(failure("short.model") == "model file is truncated")
        try (bytes + [0]).write(to: URL(fileURLWithPath: folder + "/long.model"))
        #expect(failure("long.model") == "model file is too long")
        try Data("CHNER0 and then some more bytes".utf8).write(to: URL(fileURLWithPath: folder + "/other.model"))
        #expect(failure("other.model") == "not a Chronicle NER model")
        #expect(failure("missing.model") == "cannot be opened")
    }

    @Test func memoryBelongsToOneDocumentAndWordsOutsideTheVocabularyAreTagged() throws {
        let model = try #require(NERModel.bundled)
        let tagger = NERTagger(model: model)
        let first = ["Karim", "Benhaddou", "met", "the", "press", "in", "Rabat", "."]
        let second = ["Rabat", "said", "Karim", "was", "away", "."]
        var reused = NERMemory()
        _ = tagger.tags(first, vocabulary: NERVocabulary(sentences: [first]), memory: &reused)
        // The second document's numbers are its own: the memory of the first must not leak into it.
        var fresh = NERMemory()
        let secondVocabulary = NERVocabulary(sentences: [second])
        #expect(
            tagger.tags(second, vocabulary: secondVocabulary, memory: &reused)
                == tagger.tags(second, vocabulary: secondVocabulary, memory: &fresh))
        // Words the vocabulary was never given are tagged all the same.
        var memory = NERMemory()
        let tags = tagger.tags(first, vocabulary: NERVocabulary(sentences: []), memory: &memory)
        #expect(tags.count == first.count)
        #expect(CoNLLCorpus.chunks(tags).contains { $0.type == "LOC" && first[$0.start] == "Rabat" })
    }

    @Test func trainingLearnsATinyCorpus() {
        let sentence = NERTrainer.Example(
            words: ["Karim", "Benhaddou", "left", "Valdoria", "."],
            tags: [.beginPerson, .insidePerson, .outside, .beginLocation, .outside], documentIndex: 0)
        let model = NERTrainer(epochs: 5).train([sentence])
        var memory = NERMemory()
        let tags = NERTagger(model: model).tags(
            sentence.words, vocabulary: NERVocabulary(sentences: [sentence.words]), memory: &memory)
        #expect(tags == sentence.tags)
    }

    @Test func conllTaggingAddsOneColumnPerTokenLine() throws {
        let model = try #require(NERModel.bundled)
        let input = "-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\nBRUSSELS NNP I-NP I-LOC\n"
        let output = CoNLLTagging(tagger: NERTagger(model: model)).tag(input)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == input.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(lines[0] == "-DOCSTART- -X- O O O")
        #expect(lines[2].hasPrefix("Peter NNP I-NP I-PER "))
        #expect(lines[2].split(separator: " ").count == 5)
    }

    @Test func aTitleOfSomethingNamesTheOrganizationNotAPerson() {
        let text = "For the Emir of the Ansar al-Mahdi community, the claims are false, the Emir said."
        let tokens = Tokenizer().tokens(in: text)
        let mentions = EntityRecognizer().mentions(tokens: tokens, sentences: SentenceSplitter().sentences(in: tokens))
        #expect(!mentions.contains { $0.text.lowercased().hasPrefix("of ") })
        #expect(!mentions.contains { $0.text == "Emir" })
        #expect(!mentions.contains { $0.kind == .person && $0.text.contains("Ansar") })
    }

    @Test func aCommonNounAloneIsNotAnOrganization() {
        let text = "The President of the Government, Pedro Sánchez, signed the Convention in Rabat."
        let tokens = Tokenizer().tokens(in: text)
        let mentions = EntityRecognizer().mentions(tokens: tokens, sentences: SentenceSplitter().sentences(in: tokens))
        #expect(mentions.contains { $0.text == "Pedro Sánchez" && $0.kind == .person })
        #expect(!mentions.contains { $0.text == "Government" || $0.text == "Convention" })
    }
}
