/// Takes back the names the recognizer found only because a heading or a sentence start capitalizes every
/// word: "Panic in Rabat", "The Uncovered Plot", "A Tunnel Exposing a Well-Oiled System", "Likewise, ...".
///
/// A heading is a line of its own (after a list number, if any), without a closing full stop or a list
/// of commas, whose longer words are capitalized. Its names stay when the document's body names them too, when they are
/// places the gazetteer knows, or when they are acronyms. A name that opens a sentence with a common
/// lower-case word the document never capitalizes inside a sentence loses that word ("Strengthening
/// Morocco" is "Morocco"), and is dropped when it was that word alone ("Likewise").
struct HeadingFilter {
    let tokens: [Token]
    let sentences: [Sentence]

    /// The mentions that are names, in their order.
    func filter(_ mentions: [EntityMention]) -> [EntityMention] {
        let headings = Set(sentences.indices.filter(isHeading))
        let bodyNames = Set(mentions.filter { !headings.contains($0.sentenceIndex) }.map { Gazetteer.fold($0.text) })
        let capitalizedInside = capitalizedInsideSentences()
        return mentions.compactMap { mention in
            if headings.contains(mention.sentenceIndex) {
                let folded = Gazetteer.fold(mention.text)
                let confirmed =
                    bodyNames.contains(folded) || Gazetteer.placeNames.contains(folded)
                    || mention.text.allSatisfy { $0.isUppercase || $0 == "-" || $0 == "." }
                return confirmed ? mention : nil
            }
            return withoutCommonOpener(mention, capitalizedInside: capitalizedInside)
        }
    }

    /// Whether a sentence is a heading: a line of its own, at most 24 tokens, no final full stop, and its
    /// words of four letters or more (after the first) capitalized, three in four at least.
    func isHeading(_ index: Int) -> Bool {
        let sentence = sentences[index]
        let range = sentence.tokens
        guard !range.isEmpty, range.count <= 24 else { return false }
        let startsLine = startsLine(at: range.lowerBound)
        let endsLine = range.upperBound >= tokens.count || tokens[range.upperBound].newlinesBefore > 0
        guard startsLine, endsLine, tokens[range.upperBound - 1].text != "." else { return false }
        // A list of names ("Tags: Morocco, Mehdi Hijaouy, DGED") is no heading: its capitals are names.
        guard tokens[range].filter({ $0.text == "," }).count < 2 else { return false }
        let words = tokens[range].dropFirst().filter { $0.kind == .word && $0.text.count >= 4 }
        guard !words.isEmpty else { return tokens[range.lowerBound].isCapitalized && range.count <= 3 }
        return words.filter(\.isCapitalized).count * 4 >= words.count * 3
    }

    /// Whether a token starts its line, or follows only a list number or a bullet on it ("3. A Crisis").
    private func startsLine(at index: Int) -> Bool {
        var current = index
        while current > 0 && tokens[current].newlinesBefore == 0 {
            current -= 1
            guard tokens[current].kind != .word else { return false }
        }
        return true
    }

    /// The mention without a first word that is a common word written lower case ("Likewise",
    /// "Strengthening"), when the mention opens its sentence and the document never capitalizes that word
    /// inside a sentence; `nil` when nothing is left.
    private func withoutCommonOpener(_ mention: EntityMention, capitalizedInside: Set<String>) -> EntityMention? {
        let sentence = sentences[mention.sentenceIndex]
        guard let opener = tokens[sentence.tokens].firstIndex(where: { $0.kind == .word }),
            tokens[opener].range.start == mention.range.start
        else { return mention }
        let lower = tokens[opener].lower
        guard CommonWords.all.contains(lower), !capitalizedInside.contains(lower),
            !Gazetteer.placeNames.contains(Gazetteer.fold(mention.text))
        else { return mention }
        var rest = opener + 1
        while rest < sentence.tokens.upperBound, tokens[rest].range.start < mention.range.end,
            tokens[rest].kind != .word
        {
            rest += 1
        }
        guard rest < sentence.tokens.upperBound, tokens[rest].range.start < mention.range.end,
            tokens[rest].isCapitalized
        else { return nil }
        var trimmed = mention
        trimmed.range = TextRange(start: tokens[rest].range.start, end: mention.range.end)
        var text = ""
        for index in rest..<sentence.tokens.upperBound where tokens[index].range.end <= mention.range.end {
            if !text.isEmpty && tokens[index].spaceBefore { text += " " }
            text += tokens[index].text
        }
        trimmed.text = text
        return trimmed
    }

    /// The words the document capitalizes somewhere after the first word of a sentence, outside headings.
    private func capitalizedInsideSentences() -> Set<String> {
        var words = Set<String>()
        for (index, sentence) in sentences.enumerated() where !isHeading(index) {
            var seenWord = false
            for token in tokens[sentence.tokens] where token.kind == .word {
                if seenWord && token.isCapitalized { words.insert(token.lower) }
                seenWord = true
            }
        }
        return words
    }
}
