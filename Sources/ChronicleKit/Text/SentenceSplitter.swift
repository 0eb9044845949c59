/// Splits a document's tokens into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) when the next token could
/// start a sentence, unless the full stop ends an abbreviation or an initial. Blank lines always end
/// a sentence; a single line break ends one after a short line (a headline, a tag list, a byline),
/// but not inside hard-wrapped paragraphs.
public struct SentenceSplitter: Sendable {
    /// Settings of the splitter.
    public struct Options: Sendable, Hashable {
        /// A sentence is cut after this many tokens, so that no rule sees an unbounded run.
        public var maximumTokens: Int

        /// Creates options.
        public init(maximumTokens: Int = 400) {
            self.maximumTokens = maximumTokens
        }
    }

    /// The settings.
    public var options: Options

    /// Creates a splitter.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The sentences of `tokens`, in order, covering every token.
    public func sentences(in tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var lineStart = tokens.first?.range.start ?? 0
        func close(_ end: Int) {
            guard end > start else { return }
            let range = TextRange(start: tokens[start].range.start, end: tokens[end - 1].range.end)
            sentences.append(Sentence(index: sentences.count, tokens: start..<end, range: range))
            start = end
        }
        let wrapWidth = Self.wrapWidth(tokens)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.newlinesBefore > 0 && i > start {
                let previousLineLength = tokens[i - 1].range.end - lineStart
                // In hard-wrapped text, a line much shorter than the wrap width ends its paragraph.
                if token.newlinesBefore > 1 || wrapWidth == nil || previousLineLength * 10 < (wrapWidth ?? 0) * 6
                    || !continuesLine(tokens[i - 1], next: token)
                {
                    close(i)
                }
            }
            if token.newlinesBefore > 0 { lineStart = token.range.start }
            if i - start >= options.maximumTokens { close(i) }
            if isTerminal(token) {
                var end = i + 1
                while end < tokens.count, tokens[end].newlinesBefore == 0, Self.closers.contains(tokens[end].text) {
                    end += 1
                }
                if end >= tokens.count || (startsSentence(tokens[end]) && !isAbbreviation(tokens, at: i)) {
                    close(end)
                    i = end
                    continue
                }
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }

    // MARK: - Helpers

    /// The wrap width of hard-wrapped text (its longest line, at most 120 bytes), where a line break may
    /// fall inside a sentence; `nil` for text with longer lines, which keeps one paragraph per line, so
    /// that every break ends a sentence.
    static func wrapWidth(_ tokens: [Token]) -> Int? {
        var lineStart = tokens.first?.range.start ?? 0
        var lineEnd = lineStart
        var widest = 0
        for token in tokens {
            if token.newlinesBefore > 0 {
                widest = max(widest, lineEnd - lineStart)
                if widest > 120 { return nil }
                lineStart = token.range.start
            }
            lineEnd = token.range.end
        }
        widest = max(widest, lineEnd - lineStart)
        return widest > 120 ? nil : widest
    }

    private static let closers: WordSet = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{BB}"]
    private static let openers: WordSet = ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "\u{AB}", "-", "\u{2014}"]
    private static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "gov", "sen",
        "rep", "st", "mt", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jr", "sr", "fig", "approx", "dept", "est", "gov't",
        "rev", "hon", "pres", "univ", "ave", "blvd", "u.s", "a.m", "p.m", "e.g", "i.e", "op", "art", "para",
    ]

    private func isTerminal(_ token: Token) -> Bool {
        token.kind == .punctuation
            && (token.text == "." || token.text == "!" || token.text == "?" || token.text == "\u{2026}")
    }

    private func startsSentence(_ token: Token) -> Bool {
        if token.newlinesBefore > 0 { return true }
        if !token.spaceBefore {
            // "structure.Berber": a missing space after a full stop still ends a sentence before a capital.
            return token.isCapitalized && token.text.unicodeScalars.count > 1
        }
        switch token.kind {
        case .word: return token.isCapitalized
        case .number: return true
        case .punctuation: return Self.openers.contains(token.text)
        }
    }

    private func isAbbreviation(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].text == ".", index > 0 else { return false }
        let previous = tokens[index - 1]
        guard previous.kind == .word, previous.range.end == tokens[index].range.start else { return false }
        if Self.abbreviations.contains(previous.lower) { return true }
        // Initials and dotted acronyms: "J. Smith", "U.S.", "K.M.S".
        if previous.text.unicodeScalars.count == 1 && previous.isCapitalized { return true }
        if index >= 2, tokens[index - 2].text == ".", tokens[index - 2].range.end == previous.range.start {
            return previous.text.unicodeScalars.count <= 2
        }
        return false
    }

    /// Whether a line break between two tokens is a hard wrap inside a sentence.
    private func continuesLine(_ previous: Token, next: Token) -> Bool {
        if isTerminal(previous) || previous.text == ":" { return false }
        if next.kind == .word && !next.isCapitalized { return true }
        return previous.kind == .word || previous.text == ","
    }
}
