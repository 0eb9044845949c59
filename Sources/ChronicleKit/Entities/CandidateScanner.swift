/// Collects and types the name candidates of one sentence.
struct CandidateScanner {
    let tokens: [Token]
    let sentence: Sentence
    let vocabulary: DocumentVocabulary

    private var lo: Int { sentence.tokens.lowerBound }
    private var hi: Int { sentence.tokens.upperBound }

    /// The typed mentions of the sentence, with acronym definitions linked.
    func mentions(headline: Bool) -> [EntityMention] {
        var result: [EntityMention] = []
        var i = lo
        while i < hi {
            guard startsName(i) else {
                i += 1
                continue
            }
            let end = runEnd(from: i)
            if var mention = typed(i, end) {
                // "Directorate of Territorial Surveillance (DST)" and "DST (Directorate ...)".
                if tokens[end...].first?.text == "(", end + 2 < hi, tokens[end + 2].text == ")",
                    tokens[end + 1].isAllCaps, !isRomanNumeral(tokens[end + 1].text)
                {
                    let acronym = tokens[end + 1]
                    if mention.text.contains(" ") {
                        mention.definedAs = acronym.text
                        if mention.kind == .misc || mention.kind == .person { mention.kind = .organization }
                        result.append(mention)
                        result.append(
                            EntityMention(
                                range: acronym.range, text: acronym.text, kind: mention.kind,
                                sentenceIndex: sentence.index, definedAs: mention.text))
                        i = end + 3
                        continue
                    }
                }
                result.append(mention)
            }
            i = max(end, i + 1)
        }
        return result
    }

    // MARK: - Candidate runs

    private func isNameWord(_ token: Token) -> Bool {
        token.kind == .word && (token.isCapitalized || token.isAllCaps)
    }

    private func startsName(_ i: Int) -> Bool {
        let token = tokens[i]
        guard isNameWord(token) else { return false }
        return !Gazetteer.notNames.contains(token.lower)
            || i + 1 < hi && isNameWord(tokens[i + 1]) && !isSentenceStart(i)
    }

    private func isSentenceStart(_ i: Int) -> Bool {
        if i == lo { return true }
        let previous = tokens[i - 1]
        return previous.kind == .punctuation
            && ["\"", "\u{201C}", "\u{AB}", "(", "-", "\u{2014}", ":", "'", "\u{2018}"].contains(previous.text)
    }

    /// The end (exclusive) of the name run starting at `i`.
    private func runEnd(from i: Int) -> Int {
        var j = i + 1
        var organizationLike = isOrganizationWord(tokens[i])
        while j < hi {
            let token = tokens[j]
            if isNameWord(token) {
                organizationLike = organizationLike || isOrganizationWord(token)
                j += 1
            } else if token.text == "-" || token.text == "\u{2010}", !token.spaceBefore, j + 1 < hi,
                tokens[j + 1].kind == .word,
                !tokens[j + 1].spaceBefore
            {
                j += 2  // Al-Qaeda, al-Mahdi
            } else if token.kind == .word, Gazetteer.nameParticles.contains(token.lower), j + 1 < hi,
                isNameWord(tokens[j + 1]) || tokens[j + 1].text == "-"
            {
                j += 1
            } else if ["of", "for", "and", "&", "on"].contains(token.lower),
                organizationLike || tokens[j - 1].isCapitalized && isStateWord(tokens[j - 1])
            {
                var next = j + 1
                if next < hi, tokens[next].lower == "the" { next += 1 }
                guard next < hi, isNameWord(tokens[next]), !Gazetteer.notNames.contains(tokens[next].lower) else {
                    break
                }
                if token.lower == "and" && !organizationLike { break }
                j = next
            } else if token.lower == "in", organizationLike, j + 2 < hi, tokens[j + 1].lower == "the",
                isNameWord(tokens[j + 2]),
                !Gazetteer.placeNames.contains(Gazetteer.fold(tokens[j + 2].text))
            {
                j += 2  // "Al Qaeda in the Islamic Maghreb"
            } else if token.text == ".", j - 1 >= i, tokens[j - 1].text.count == 1, tokens[j - 1].isCapitalized,
                j + 1 < hi,
                isNameWord(tokens[j + 1])
            {
                j += 1  // initials: "J. Smith"
            } else {
                break
            }
        }
        // Trailing connectors and particles never end a name.
        while j > i + 1,
            tokens[j - 1].kind != .word
                || Gazetteer.nameParticles.contains(tokens[j - 1].lower) && !tokens[j - 1].isCapitalized
        {
            j -= 1
        }
        return j
    }

    private func isOrganizationWord(_ token: Token) -> Bool {
        Gazetteer.organizationWords.contains(Gazetteer.fold(token.text))
    }

    /// "Kingdom of", "Republic of", "Secretary of State": words that take an "of" inside a name.
    private func isStateWord(_ token: Token) -> Bool {
        [
            "kingdom", "republic", "emirate", "state", "states", "university", "bank", "gulf", "strait", "bay", "sea",
            "isle", "islands", "secretary", "ministry", "minister", "department", "convention", "treaty", "city",
            "province", "region", "court", "house", "council", "directorate", "office", "commissioner", "general",
        ]
        .contains(token.lower)
    }

    private func isRomanNumeral(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 5 && text.allSatisfy { "IVXL".contains($0) }
    }

    // MARK: - Typing

    /// The mention for tokens `start..<end`, with titles stripped and a kind, or `nil` if it is no name.
    private func typed(_ start: Int, _ end: Int) -> EntityMention? {
        var first = start
        var last = end
        // Sentence-initial common words and function words are not part of a name.
        while first < last,
            Gazetteer.notNames.contains(tokens[first].lower)
                || (first == start && isSentenceStart(first) && vocabulary.isCommon(tokens[first].lower)
                    && !Gazetteer.placeNames.contains(tokens[first].lower)
                    && !Gazetteer.givenNames.contains(tokens[first].lower))
        {
            first += 1
        }
        // Titles become the role: "King Mohammed VI", "journalist Ignacio Cembrero".
        var roleWords: [String] = []
        while first < last - 1, Gazetteer.personTitles.contains(tokens[first].lower) {
            roleWords.append(tokens[first].text)
            first += 1
        }
        if let previous = tokens[lo..<first].last, first > lo, previous.kind == .word, !previous.isCapitalized,
            Gazetteer.personTitles.contains(previous.lower)
        {
            roleWords.insert(previous.lower, at: 0)
        }
        while last > first, tokens[last - 1].kind != .word { last -= 1 }
        guard first < last else { return nil }
        let words = tokens[first..<last].filter { $0.kind == .word }
        guard !words.isEmpty else { return nil }
        if words.count == 1 {
            let only = words[0]
            if Language.english.time.months[only.lower] != nil || Language.english.time.weekdays[only.lower] != nil {
                return nil
            }
            if only.text.count < 2 || isRomanNumeral(only.text) && only.text.count < 3 { return nil }
        }
        // A lone common word at a sentence start ("Reports indicate", "Leaked documents") is no name.
        if words.count == 1, isSentenceStart(first) || first == lo, !Gazetteer.placeNames.contains(words[0].lower),
            vocabulary.isCommon(words[0].lower)
                || ["ed", "ing", "ly"].contains(where: { words[0].lower.hasSuffix($0) })
        {
            return nil
        }
        let range = TextRange(start: tokens[first].range.start, end: tokens[last - 1].range.end)
        let text = tokens.text(first..<last)
        let kind = classify(first, last, text: text, hasTitle: !roleWords.isEmpty)
        let role = roleWords.isEmpty ? nil : roleWords.joined(separator: " ")
        return EntityMention(range: range, text: text, kind: kind, sentenceIndex: sentence.index, role: role)
    }

    private func classify(_ first: Int, _ last: Int, text: String, hasTitle: Bool) -> EntityKind {
        let folded = Gazetteer.fold(text)
        let words = tokens[first..<last].filter { $0.kind == .word }
        let foldedWords = words.map { Gazetteer.fold($0.text) }
        let previous = first > lo ? tokens[first - 1].lower : ""
        let next = last < hi ? tokens[last].lower : ""
        if Gazetteer.placeNames.contains(folded) { return .place }
        if words.count == 1, Gazetteer.demonyms[folded] != nil { return .misc }
        if words.count == 1, words[0].isAllCaps { return .organization }
        if Gazetteer.organizationCues.contains(previous) { return .organization }
        if hasTitle { return .person }
        if foldedWords.contains(where: { Gazetteer.organizationWords.contains($0) }) { return .organization }
        if let lastWord = foldedWords.last, Gazetteer.placeWords.contains(lastWord) { return .place }
        if let firstWord = foldedWords.first, Gazetteer.givenNames.contains(firstWord) { return .person }
        if ["le", "la", "el", "al", "the"].contains(foldedWords.first ?? ""), words.count == 2 { return .organization }
        if Gazetteer.speechVerbs.contains(next) || next == "’s" && words.count >= 2 { return .person }
        if words.count >= 2, words.count <= 4, words.allSatisfy({ !vocabulary.isCommon($0.lower) }) { return .person }
        if words.count == 1,
            ["in", "at", "near", "from", "to", "into", "across", "outside", "inside"].contains(previous)
        {
            return .place
        }
        if words.count == 1, !vocabulary.isCommon(words[0].lower), Gazetteer.speechVerbs.contains(next) {
            return .person
        }
        return .misc
    }
}
