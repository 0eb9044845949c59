import ArgumentParser
import ChronicleKit
import Foundation

/// Every fifth CoNLL document (in file order) is the dev split; the others train the model.
enum CoNLLSplit {
    static func isDev(_ documentIndex: Int) -> Bool { documentIndex % 5 == 4 }

    static func load(_ path: String) throws -> CoNLLCorpus {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw ValidationError("cannot read \(path)")
        }
        return CoNLLCorpus(text: text)
    }
}

/// `chronicle-eval ner-train`: trains the averaged perceptron on the training part of eng.train.
struct NERTraining: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner-train", abstract: "Train the name recognizer on CoNLL-2003 eng.train (all but the dev split)."
    )

    @Option(help: "CoNLL-2003 training file.")
    var conll = "../shared/corpora/conll2003/eng.train"

    @Option(help: "Where to write the model.")
    var out = "Sources/ChronicleKit/Resources/ner-conll2003.model"

    @Option(help: "Passes over the data.")
    var epochs = 14

    func run() throws {
        let corpus = try CoNLLSplit.load(conll)
        let examples = corpus.sentences.filter { !CoNLLSplit.isDev($0.documentIndex) }.map { sentence in
            NERTrainer.Example(
                words: sentence.lines.map(\.word), tags: NERTag.iob2(sentence.lines.map { $0.tag ?? .outside }),
                documentIndex: sentence.documentIndex)
        }
        print("training on \(examples.count) sentences, \(examples.reduce(0) { $0 + $1.words.count }) tokens")
        let model = NERTrainer(epochs: epochs).train(examples) { epoch, accuracy in
            print(String(format: "  pass %d: token accuracy %.4f", epoch, accuracy))
        }
        try model.data().write(to: URL(fileURLWithPath: out))
        print("wrote \(out); evaluate with: chronicle-eval ner")
    }
}

/// `chronicle-eval ner`: entity F1 of the shipped model on the dev split, per type and overall.
struct NEREvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner", abstract: "Entity precision, recall and F1 on the dev split of CoNLL-2003 eng.train.")

    @Option(help: "CoNLL-2003 file.")
    var conll = "../shared/corpora/conll2003/eng.train"

    @Option(help: "A model file (default: the one shipped in the library).")
    var model: String?

    func run() throws {
        let corpus = try CoNLLSplit.load(conll)
        let loaded: NERModel
        if let model {
            loaded = try NERModel(contentsOfFile: model)
        } else {
            guard let bundled = NERModel.bundled else {
                throw ValidationError("the library has no trained model; run ner-train")
            }
            loaded = bundled
        }
        let tagger = NERTagger(model: loaded)
        let dev = corpus.sentences.filter { CoNLLSplit.isDev($0.documentIndex) }
        var vocabularies: [Int: NERVocabulary] = [:]
        for (document, group) in Dictionary(grouping: dev, by: \.documentIndex) {
            vocabularies[document] = NERVocabulary(sentences: group.map { $0.lines.map(\.word) })
        }
        var counts: [String: (gold: Int, system: Int, correct: Int)] = [:]
        var tokens = 0
        var memory = NERMemory()
        var currentDocument = -1
        for sentence in dev {
            if sentence.documentIndex != currentDocument {
                memory = NERMemory()
                currentDocument = sentence.documentIndex
            }
            let gold = CoNLLCorpus.chunks(sentence.lines.map { $0.tag ?? .outside })
            let system = CoNLLCorpus.chunks(
                tagger.tags(
                    sentence.lines.map(\.word), vocabulary: vocabularies[sentence.documentIndex]!, memory: &memory))
            tokens += sentence.lines.count
            let goldSet = Set(gold.map { "\($0.type) \($0.start) \($0.end)" })
            for chunk in gold { counts[chunk.type, default: (0, 0, 0)].gold += 1 }
            for chunk in system {
                counts[chunk.type, default: (0, 0, 0)].system += 1
                if goldSet.contains("\(chunk.type) \(chunk.start) \(chunk.end)") {
                    counts[chunk.type, default: (0, 0, 0)].correct += 1
                }
            }
        }
        print("CoNLL-2003 dev split (every 5th document of eng.train): \(dev.count) sentences, \(tokens) tokens")
        print("type      gold  system  correct  precision  recall      F1")
        var total = (gold: 0, system: 0, correct: 0)
        for type in ["PER", "ORG", "LOC", "MISC"] {
            let c = counts[type] ?? (0, 0, 0)
            total = (total.gold + c.gold, total.system + c.system, total.correct + c.correct)
            print(Self.row(type, c))
        }
        print(Self.row("overall", total))
    }

    static func row(_ name: String, _ c: (gold: Int, system: Int, correct: Int)) -> String {
        let precision = c.system == 0 ? 0 : Double(c.correct) / Double(c.system)
        let recall = c.gold == 0 ? 0 : Double(c.correct) / Double(c.gold)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return name.padding(toLength: 8, withPad: " ", startingAt: 0)
            + String(format: " %5d  %6d  %7d     %.4f  %.4f  %.4f", c.gold, c.system, c.correct, precision, recall, f1)
    }
}
