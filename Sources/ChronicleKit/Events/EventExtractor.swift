/// Turns the sentences of an annotated document into events.
///
/// A body sentence becomes an event when it holds an event word (a verb such as "fled" or a noun
/// such as "meeting"), or a calendar date together with a named participant. The date is the
/// calendar expression nearest the trigger; participants and places are the names in the sentence.
public struct EventExtractor: Sendable {
    /// Settings of the extractor.
    public struct Options: Sendable, Hashable {
        /// Summaries longer than this many characters are cut down to the trigger's clause.
        public var summaryLength: Int

        /// Creates options.
        public init(summaryLength: Int = 180) {
            self.summaryLength = summaryLength
        }
    }

    /// The settings.
    public var options: Options

    /// Creates an extractor.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The events of one document.
    /// - Parameters:
    ///   - document: the document.
    ///   - tokens: its tokens.
    ///   - sentences: its sentences.
    ///   - times: the time expressions of each sentence.
    ///   - mentions: its entity mentions, in text order.
    public func events(
        document: Document, tokens: [Token], sentences: [Sentence], times: [[TimeExpression]], mentions: [EntityMention]
    ) -> [Event] {
        var events: [Event] = []
        var offsets = ScalarOffsets(document.text)
        let utf8 = Array(document.text.utf8)
        var mentionCursor = 0
        for sentence in sentences where sentence.range.start >= document.bodyStart {
            while mentionCursor < mentions.count && mentions[mentionCursor].range.start < sentence.range.start { mentionCursor += 1 }
            var local: [(index: Int, mention: EntityMention)] = []
            var cursor = mentionCursor
            while cursor < mentions.count && mentions[cursor].range.end <= sentence.range.end {
                local.append((cursor, mentions[cursor]))
                cursor += 1
            }
            let anchors = times[sentence.index].filter(\.isCalendarAnchor)
            let trigger = findTrigger(tokens, sentence.tokens)
            let hasParticipant = local.contains { $0.mention.kind == .person || $0.mention.kind == .organization }
            guard trigger != nil || (!anchors.isEmpty && hasParticipant) else { continue }
            let triggerIndex = trigger?.index ?? tokens[sentence.tokens].firstIndex { $0.range.start >= (anchors.first?.range.start ?? 0) } ?? sentence.tokens.lowerBound
            let time = nearest(anchors, to: tokens[triggerIndex].range.start)
            let finder = AttributionFinder(
                tokens: tokens, sentence: sentence, mentions: local,
                tokenOfOffset: { offset in tokens[sentence.tokens].firstIndex { $0.range.start <= offset && offset < $0.range.end } })
            let found = finder.attribution()
            var attribution = found?.attribution ?? .author
            let sourceMention = found?.mentionIndex
            if found != nil, attribution.source.isEmpty { attribution = .author }
            let modality = ModalityDetector().modality(
                tokens: tokens, bounds: sentence.tokens, trigger: triggerIndex, attributed: !attribution.isAuthor, time: time)
            let sentenceText = String(decoding: utf8[sentence.range.start..<sentence.range.end], as: UTF8.self)
            let characterStart = offsets.scalarOffset(ofByte: sentence.range.start)
            let characterEnd = offsets.scalarOffset(ofByte: sentence.range.end)
            events.append(
                Event(
                    documentID: document.id, sentenceIndex: sentence.index, trigger: trigger?.text ?? "",
                    triggerLemma: trigger?.lemma ?? "", time: time,
                    actorMentions: local.filter { ($0.mention.kind == .person || $0.mention.kind == .organization) && $0.index != sourceMention }.map(\.index),
                    placeMentions: local.filter { $0.mention.kind == .place }.map(\.index), attribution: attribution,
                    modality: modality, summary: summary(tokens, sentence.tokens, around: triggerIndex, sentence: sentenceText),
                    sentence: sentenceText, evidence: sentence.range, characterRange: characterStart..<characterEnd))
        }
        return events
    }

    // MARK: - Helpers

    private func findTrigger(_ tokens: [Token], _ bounds: Range<Int>) -> (index: Int, text: String, lemma: String)? {
        var noun: (Int, String, String)?
        for index in bounds where tokens[index].kind == .word && !tokens[index].isCapitalized || index == bounds.lowerBound && tokens[index].kind == .word {
            let word = tokens[index].lower
            if let lemma = EventLexicon.verbLemma(word) {
                // "to extradite him" names an aim, not an event, unless nothing better follows.
                if index > bounds.lowerBound, tokens[index - 1].lower == "to", noun == nil { noun = (index, tokens[index].text, lemma) ; continue }
                return (index, tokens[index].text, lemma)
            }
            if noun == nil, EventLexicon.nouns.contains(word) {
                noun = (index, tokens[index].text, word.hasSuffix("s") && word != "talks" ? String(word.dropLast()) : word)
            }
        }
        return noun
    }

    private func nearest(_ anchors: [TimeExpression], to offset: Int) -> TimeExpression? {
        anchors.min { abs($0.range.start - offset) < abs($1.range.start - offset) }
    }

    /// The sentence when short, otherwise the clause around the trigger.
    private func summary(_ tokens: [Token], _ bounds: Range<Int>, around trigger: Int, sentence: String) -> String {
        let collapsed = sentence.split(whereSeparator: \.isNewline).joined(separator: " ")
        if collapsed.count <= options.summaryLength { return collapsed }
        let boundaries: Set<String> = [",", ";", ":", "\u{2014}", "\u{2013}", "(", ")"]
        var start = trigger
        while start > bounds.lowerBound, trigger - start < 14, !boundaries.contains(tokens[start - 1].text) { start -= 1 }
        var end = trigger + 1
        while end < bounds.upperBound, end - trigger < 22, !boundaries.contains(tokens[end].text) { end += 1 }
        var text = ""
        for index in start..<end {
            if index > start && tokens[index].spaceBefore { text += " " }
            text += tokens[index].text
        }
        if start > bounds.lowerBound { text = "\u{2026}" + text }
        if end < bounds.upperBound { text += "\u{2026}" }
        return text
    }
}
