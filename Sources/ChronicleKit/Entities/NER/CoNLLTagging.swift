/// Adds a predicted tag column to a CoNLL-2003 file, keeping every input line and blank line as it was.
public struct CoNLLTagging: Sendable {
    /// The tagger.
    public var tagger: NERTagger

    /// Creates a tagging run.
    public init(tagger: NERTagger) {
        self.tagger = tagger
    }

    /// The tagged file: each token line with ` TAG` appended (`-DOCSTART-` lines get ` O`).
    public func tag(_ text: String) -> String {
        let corpus = CoNLLCorpus(text: text)
        var vocabularies: [Int: NERVocabulary] = [:]
        for (document, group) in Dictionary(grouping: corpus.sentences, by: \.documentIndex) {
            vocabularies[document] = NERVocabulary(sentences: group.map { $0.lines.map(\.word) })
        }
        // Tags in file order, one per token line.
        var predicted: [NERTag] = []
        var memory = NERMemory()
        var currentDocument = -1
        for sentence in corpus.sentences {
            if sentence.documentIndex != currentDocument {
                memory = NERMemory()
                currentDocument = sentence.documentIndex
            }
            predicted += tagger.tags(
                sentence.lines.map(\.word), vocabulary: vocabularies[sentence.documentIndex]!, memory: &memory)
        }
        var lines: [String] = []
        var next = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.split(separator: " ").isEmpty {
                lines.append(String(line))
            } else if line.hasPrefix("-DOCSTART-") {
                lines.append(line + " O")
            } else {
                lines.append(line + " " + (next < predicted.count ? predicted[next].label : "O"))
                next += 1
            }
        }
        let output = lines.joined(separator: "\n")
        return output
    }
}
