/// A sentence (or a headline line) of a document, as a run of its tokens.
public struct Sentence: Sendable, Hashable {
    /// Position in the document, from 0.
    public var index: Int
    /// The tokens, as indices into the document's token array.
    public var tokens: Range<Int>
    /// The UTF-8 range of the sentence in the document text.
    public var range: TextRange

    /// Creates a sentence.
    public init(index: Int, tokens: Range<Int>, range: TextRange) {
        self.index = index
        self.tokens = tokens
        self.range = range
    }
}
