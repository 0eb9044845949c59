import Foundation

/// Turns the name tagger's tags for a document into entity mentions.
struct StatisticalMentions {
    let tokens: [Token]
    let sentences: [Sentence]

    /// The model sees straight apostrophes and quotes, as in its training data.
    static func modelWord(_ text: String) -> String {
        // U+2018 to U+201D all start with the byte E2 in UTF-8: most words are turned away on their bytes.
        guard text.utf8.contains(0xE2),
            text.unicodeScalars.contains(where: { $0.value >= 0x2018 && $0.value <= 0x201D })
        else { return text }
        return text.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
    }

    func mentions(tagger: NERTagger) -> [EntityMention] {
        let words = sentences.map { sentence in tokens[sentence.tokens].map { Self.modelWord($0.text) } }
        let vocabulary = NERVocabulary(sentences: words)
        var memory = NERMemory()
        var found: [EntityMention] = []
        for (number, sentence) in sentences.enumerated() {
            let tags = tagger.tags(sentence: number, vocabulary: vocabulary, memory: &memory)
            let offset = sentence.tokens.lowerBound
            for chunk in joinedChunks(
                CoNLLCorpus.chunks(tags).map { ($0.type, $0.start + offset, $0.end + offset) }, sentence)
            {
                let start = chunk.start
                let end = chunk.end
                guard let kind = NERTag(label: "B-" + chunk.type)?.kind,
                    let mention = mention(start, end, kind: kind, sentence: sentence)
                else { continue }
                found.append(mention)
            }
        }
        return linkAcronyms(linkDemonyms(found))
    }

    /// Institutions that, after a demonym, show the text means the state: "Moroccan intelligence".
    private static let stateNouns: WordSet = [
        "intelligence", "authorities", "government", "regime", "army", "police", "state", "officials", "services",
        "security", "diplomacy", "ministry", "forces", "navy", "embassy", "justice", "courts", "king", "monarchy",
        "administration", "side", "delegation", "counterpart", "counterparts", "agents", "spies", "leadership",
    ]

    /// "Moroccan intelligence", "Spanish authorities": the demonym stands for the country, so it becomes a
    /// mention of the country (named as the country, so that other uses of the adjective, "Moroccan
    /// cannabis", stay apart), replacing the name tagger's MISC for it.
    private func linkDemonyms(_ mentions: [EntityMention]) -> [EntityMention] {
        var result = mentions
        for sentence in sentences {
            for index in sentence.tokens where index + 1 < sentence.tokens.upperBound {
                let token = tokens[index]
                guard token.kind == .word, token.isCapitalized, let country = Gazetteer.demonyms[token.lower],
                    Self.stateNouns.contains(tokens[index + 1].lower)
                else { continue }
                let mention = EntityMention(
                    range: token.range, text: country, kind: .place, sentenceIndex: sentence.index)
                if let existing = result.firstIndex(where: { $0.range.overlaps(token.range) }) {
                    guard result[existing].kind == .misc, result[existing].range == token.range else { continue }
                    result[existing] = mention
                } else {
                    result.append(mention)
                }
            }
        }
        return result.sorted { $0.range < $1.range }
    }

    /// Joins chunks the model split inside one organization name: "Al Qaeda" + "in the" + "Islamic
    /// Maghreb", and "National Security" + "and" + "Territorial Surveillance" before "(DGST)".
    private func joinedChunks(_ chunks: [(type: String, start: Int, end: Int)], _ sentence: Sentence) -> [(
        type: String, start: Int, end: Int
    )] {
        var result: [(type: String, start: Int, end: Int)] = []
        for chunk in chunks {
            var chunk = chunk
            // "Al-Qaeda": the article joined by a hyphen belongs to the name.
            if chunk.start - 2 >= max(sentence.tokens.lowerBound, result.last?.end ?? 0),
                tokens[chunk.start - 1].text == "-", !tokens[chunk.start - 1].spaceBefore,
                !tokens[chunk.start].spaceBefore, ["al", "el"].contains(tokens[chunk.start - 2].lower)
            {
                chunk.start -= 2
            }
            if var last = result.last, last.end <= chunk.start {
                let gap = tokens[last.end..<chunk.start].map(\.lower)
                let definesAcronym =
                    chunk.end + 2 < sentence.tokens.upperBound && tokens[chunk.end].text == "("
                    && tokens[chunk.end + 1].isAllCaps
                let hyphenated = gap == ["-"] && !tokens[last.end].spaceBefore && !tokens[chunk.start].spaceBefore
                if last.type == "ORG" && (gap == ["in", "the"] || gap.isEmpty)
                    || chunk.type == "ORG" && gap == ["and"] && definesAcronym
                    || hyphenated
                {
                    if hyphenated { last.type = chunk.type }
                    last.end = chunk.end
                    if !hyphenated { last.type = "ORG" }
                    result[result.count - 1] = last
                    continue
                }
            }
            result.append(chunk)
        }
        return result
    }

    /// A mention for tokens `start..<end`, with titles moved to the role, or `nil` if nothing is left.
    private func mention(_ start: Int, _ end: Int, kind: EntityKind, sentence: Sentence) -> EntityMention? {
        var kind = kind
        var start = start
        var end = end
        // Quotes and guillemets around a name are not part of it.
        while start < end, tokens[start].kind == .punctuation { start += 1 }
        while end > start, tokens[end - 1].kind == .punctuation, tokens[end - 1].text != "." { end -= 1 }
        guard start < end else { return nil }
        // "Mohammed VI": a regnal number the model left outside.
        if kind == .person, end < sentence.tokens.upperBound, tokens[end].isAllCaps || tokens[end].text == "I",
            tokens[end].text.count <= 4, tokens[end].text.allSatisfy({ "IVX".contains($0) })
        {
            end += 1
        }
        // "Directorate of [Territorial Surveillance]": an organization's head words the model left out.
        if kind == .organization {
            while start - 2 >= sentence.tokens.lowerBound, ["of", "for"].contains(tokens[start - 1].lower),
                tokens[start - 2].isCapitalized, Gazetteer.organizationWords.contains(tokens[start - 2].lower)
            {
                start -= 2
                while start - 1 >= sentence.tokens.lowerBound, tokens[start - 1].isCapitalized,
                    !Gazetteer.notNames.contains(tokens[start - 1].lower)
                {
                    start -= 1
                }
            }
        }
        var first = start
        var roleWords: [String] = []
        while first < end - 1, Gazetteer.personTitles.contains(tokens[first].lower) {
            roleWords.append(tokens[first].text)
            first += 1
        }
        // "Emir of the Ansar al-Mahdi": a title of something is not a person's name; what it heads is an
        // organization.
        if !roleWords.isEmpty, first < end - 1, tokens[first].lower == "of" {
            first += 1
            if first < end - 1, tokens[first].lower == "the" { first += 1 }
            kind = .organization
            roleWords = []
        }
        var before = start - 1
        while before >= sentence.tokens.lowerBound, tokens[before].kind == .word,
            Gazetteer.personTitles.contains(tokens[before].lower) || Gazetteer.demonyms[tokens[before].lower] != nil,
            roleWords.count < 3
        {
            roleWords.insert(tokens[before].text, at: 0)
            before -= 1
        }
        let words = tokens[first..<end].filter { $0.kind == .word }
        guard !words.isEmpty else { return nil }
        if words.count == 1,
            Language.english.time.months[words[0].lower] != nil || Language.english.time.weekdays[words[0].lower] != nil
        {
            return nil
        }
        // A title alone ("the Emir", "the Minister") names a role, not who holds it; a common noun alone
        // ("the Government", "the Convention") names no one in particular.
        if words.count == 1, Gazetteer.personTitles.contains(words[0].lower) { return nil }
        if words.count == 1, kind == .organization || kind == .misc, !words[0].isAllCaps,
            CommonWords.all.contains(words[0].lower)
        {
            return nil
        }
        let text = tokens.text(first..<end)
        let range = TextRange(start: tokens[first].range.start, end: tokens[end - 1].range.end)
        let role = kind == .person && !roleWords.isEmpty ? roleWords.joined(separator: " ") : nil
        return EntityMention(range: range, text: text, kind: kind, sentenceIndex: sentence.index, role: role)
    }

    /// The token that starts at byte `offset`, if one does (tokens are in text order and never
    /// overlap, so a binary search finds it).
    private func tokenIndex(startingAt offset: Int) -> Int? {
        let index = firstToken { $0.range.start >= offset }
        return index < tokens.count && tokens[index].range.start == offset ? index : nil
    }

    /// The token that ends at byte `offset`, if one does.
    private func tokenIndex(endingAt offset: Int) -> Int? {
        let index = firstToken { $0.range.end >= offset }
        return index < tokens.count && tokens[index].range.end == offset ? index : nil
    }

    /// The first token for which `isPast` holds, given that it holds for every token after it.
    private func firstToken(_ isPast: (Token) -> Bool) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(tokens[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// "Long Name (ABC)" and "ABC (Long Name)": each side records the other as its definition.
    private func linkAcronyms(_ mentions: [EntityMention]) -> [EntityMention] {
        var result = mentions
        for (position, mention) in mentions.enumerated() {
            guard let last = tokenIndex(endingAt: mention.range.end), last + 3 < tokens.count,
                tokens[last + 1].text == "("
            else {
                continue
            }
            let inner = tokens[last + 2]
            if inner.isAllCaps, tokens[last + 3].text == ")", mention.text.contains(" ") {
                result[position].definedAs = inner.text
                if mention.kind == .person || mention.kind == .misc { result[position].kind = .organization }
                if let acronym = result.firstIndex(where: { $0.range == inner.range }) {
                    result[acronym].definedAs = mention.text
                    result[acronym].kind = result[position].kind
                } else {
                    result.append(
                        EntityMention(
                            range: inner.range, text: inner.text, kind: result[position].kind,
                            sentenceIndex: mention.sentenceIndex, definedAs: mention.text))
                }
            } else if mention.text.allSatisfy({ $0.isUppercase || $0.isNumber }),
                let long = mentions.firstIndex(where: {
                    tokenIndex(startingAt: $0.range.start) == last + 2 && $0.text.contains(" ")
                })
            {
                result[position].definedAs = mentions[long].text
                result[long].definedAs = mention.text
            }
        }
        return result.sorted { $0.range < $1.range }
    }
}
