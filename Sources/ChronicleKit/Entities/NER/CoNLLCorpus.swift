/// A CoNLL-2003 file: documents of sentences of lines `WORD POS CHUNK TAG`.
public struct CoNLLCorpus: Sendable {
    /// One token line.
    public struct Line: Sendable {
        /// The whole line as read.
        public var text: String
        /// The word (first column).
        public var word: String
        /// The gold tag (last column), if it parses.
        public var tag: NERTag?
    }

    /// A sentence, with the document it belongs to.
    public struct Sentence: Sendable {
        public var lines: [Line]
        public var documentIndex: Int
    }

    /// Every sentence, in order.
    public var sentences: [Sentence]
    /// How many documents (`-DOCSTART-` lines) the file has.
    public var documentCount: Int

    /// Parses the text of a CoNLL file.
    public init(text: String) {
        var sentences: [Sentence] = []
        var current: [Line] = []
        var document = 0
        var sawStart = false
        func flush() {
            if !current.isEmpty { sentences.append(Sentence(lines: current, documentIndex: max(0, document - 1))) }
            current = []
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let columns = line.split(separator: " ")
            if columns.isEmpty {
                flush()
                continue
            }
            if columns[0] == "-DOCSTART-" {
                flush()
                document += 1
                sawStart = true
                continue
            }
            if !sawStart {
                document = 1
                sawStart = true
            }
            current.append(
                Line(
                    text: line, word: String(columns[0]),
                    tag: columns.count > 1 ? NERTag(label: String(columns.last!)) : nil))
        }
        flush()
        self.sentences = sentences
        documentCount = max(document, sentences.isEmpty ? 0 : 1)
    }

    /// The named entities of a tag sequence as `(type, first, end)` chunks, conlleval-style: a chunk
    /// starts at a B- tag or where the type changes.
    public static func chunks(_ tags: [NERTag]) -> [(type: String, start: Int, end: Int)] {
        var result: [(String, Int, Int)] = []
        var start: Int?
        var type: String?
        for (index, tag) in tags.enumerated() {
            let startsNew = tag.type != type || tag.isBegin
            if startsNew, let open = start, let openType = type {
                result.append((openType, open, index))
                start = nil
            }
            if let newType = tag.type, startsNew || start == nil {
                start = index
                type = newType
            } else if tag.type == nil {
                type = nil
            }
        }
        if let open = start, let openType = type { result.append((openType, open, tags.count)) }
        return result
    }
}
