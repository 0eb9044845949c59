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
        /// The language whose event words the trigger finder reads.
        public var language: Language

        /// Creates options.
        public init(summaryLength: Int = 180, language: Language = .english) {
            self.summaryLength = summaryLength
            self.language = language
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
        // The owner of the last claims named ("allegations from a former officer"), for "these revelations".
        var lastClaim: (attribution: Attribution, sentence: Int)?
        // What "it" and "he" / "she" as a speaker point back to: the last text and the last person named.
        var lastDocument: (phrase: String, sentence: Int)?
        var lastPerson: (attribution: Attribution, sentence: Int)?
        for sentence in sentences where sentence.range.start >= document.bodyStart {
            while mentionCursor < mentions.count && mentions[mentionCursor].range.start < sentence.range.start {
                mentionCursor += 1
            }
            var local: [(index: Int, mention: EntityMention)] = []
            var cursor = mentionCursor
            while cursor < mentions.count && mentions[cursor].range.end <= sentence.range.end {
                local.append((cursor, mentions[cursor]))
                cursor += 1
            }
            let anchors = Self.distinctAnchors(times[sentence.index])
            let tokenIndex = { (offset: Int) -> Int? in
                tokens[sentence.tokens].firstIndex { $0.range.start <= offset && offset < $0.range.end }
            }
            let finder = AttributionFinder(
                tokens: tokens, sentence: sentence, mentions: local, tokenOfOffset: tokenIndex)
            let claimOwner = finder.claimOwner()
            let documentPhrase = finder.documentPhrase()
            let lastPersonHere = local.last { $0.mention.kind == .person }
            defer {
                if let documentPhrase { lastDocument = (documentPhrase, sentence.index) }
                if let person = lastPersonHere {
                    lastPerson = (Attribution(source: person.mention.text, mentionIndex: person.index), sentence.index)
                }
                if let claimOwner {
                    var owner = claimOwner.attribution
                    owner.mentionIndex = claimOwner.mentionIndex
                    lastClaim = (owner, sentence.index)
                }
            }
            let triggers = TriggerFinder(tokens: tokens, bounds: sentence.tokens, words: options.language.events)
                .triggers()
            let hasParticipant = local.contains { $0.mention.kind == .person || $0.mention.kind == .organization }
            // A dated sentence is kept when it names anyone or anything; an undated one needs an event word.
            guard !triggers.isEmpty || (!anchors.isEmpty && (hasParticipant || !local.isEmpty)) else { continue }
            var found = finder.attribution()
            var carriesClaim = false
            // "It states that ...", "He said ...": the speaker named in the sentences before.
            if let pronoun = found, ["it", "he", "she"].contains(pronoun.attribution.source.lowercased()) {
                let word = pronoun.attribution.source.lowercased()
                var resolved: Attribution?
                if word == "it", let document = lastDocument, sentence.index - document.sentence <= 2 {
                    resolved = Attribution(source: document.phrase)
                } else if word != "it", let person = lastPerson, sentence.index - person.sentence <= 2 {
                    resolved = person.attribution
                }
                if var resolved {
                    resolved.cue = pronoun.attribution.cue
                    found = (resolved, resolved.mentionIndex, pronoun.cueIndex)
                } else if word == "it" {
                    found = nil
                }
            }
            // "According to multiple sources, these revelations implicate ...": the claim is the
            // revelations' owner's, named a sentence or three before.
            if let lastClaim, sentence.index - lastClaim.sentence <= 3, claimOwner == nil,
                found.map({ AttributionFinder.isVague($0.attribution) }) ?? true, finder.refersBackToClaims()
            {
                found = (lastClaim.attribution, lastClaim.attribution.mentionIndex, found?.cueIndex ?? -1)
                carriesClaim = true
            }
            let sourceMention = found?.mentionIndex
            var attribution = found?.attribution ?? .author
            attribution.mentionIndex = sourceMention
            let sentenceText = String(decoding: utf8[sentence.range.start..<sentence.range.end], as: UTF8.self)
            let characterStart = offsets.scalarOffset(ofByte: sentence.range.start)
            let characterEnd = offsets.scalarOffset(ofByte: sentence.range.end)
            // One event per calendar date in the sentence (each with the event word nearest it);
            // a sentence without a date gives one undated event for its main event word.
            var pairs: [(trigger: Trigger?, time: TimeExpression?)] = anchors.map { anchor in
                (TriggerFinder.nearest(triggers, to: anchor.range, in: tokens), anchor)
            }
            pairs += RelativeEventDates(tokens: tokens, bounds: sentence.tokens)
                .pairs(times: times[sentence.index], anchors: anchors, triggers: triggers).map { ($0.0, $0.1) }
            if pairs.isEmpty { pairs = [(triggers.first, nil)] }
            var usedTriggers = Set<Int>()
            for (trigger, time) in pairs {
                if let trigger, time == nil, !usedTriggers.insert(trigger.index).inserted { continue }
                let triggerIndex =
                    trigger?.index
                    ?? tokens[sentence.tokens].firstIndex { $0.range.start >= (time?.range.start ?? 0) }
                    ?? sentence.tokens.lowerBound
                // The act of saying itself ("the ministry announced ...") is the author's report of it; a
                // denial keeps its speaker.
                let saysItself = trigger != nil && trigger?.index == found?.cueIndex && trigger?.lemma != "deny"
                // "X, he was appointed ..., then he died, according to a statement": a source named at
                // the end covers the last clauses, not an event told before a new subject took over.
                let outOfScope =
                    found.map { cue in
                        cue.cueIndex > triggerIndex
                            && (tokens[cue.cueIndex].lower == "according"
                                && Self.newClauseStarts(tokens, from: triggerIndex, to: cue.cueIndex)
                                || Self.inRelativeClause(tokens, triggerIndex, before: cue.cueIndex))
                    } ?? false
                let eventAttribution = saysItself || outOfScope ? Attribution.author : attribution
                var modality = ModalityDetector().modality(
                    tokens: tokens, bounds: sentence.tokens, trigger: triggerIndex,
                    attributed: !eventAttribution.isAuthor,
                    time: time, documentDate: document.published)
                // What "these revelations" say is their owner's claim, not an established fact.
                if carriesClaim && !outOfScope && (modality == .reported || modality == .asserted) {
                    modality = .alleged
                }
                var event =
                    Event(
                        documentID: document.id, sentenceIndex: sentence.index, trigger: trigger?.text ?? "",
                        triggerLemma: trigger?.lemma ?? "", time: time,
                        actorMentions: local.filter {
                            ($0.mention.kind == .person || $0.mention.kind == .organization)
                                && $0.index != sourceMention
                        }.map(\.index),
                        placeMentions: local.filter { $0.mention.kind == .place }.map(\.index),
                        attribution: eventAttribution,
                        modality: modality,
                        summary: summary(
                            tokens, sentence.tokens, around: triggerIndex, time: time, sentence: sentenceText),
                        sentence: sentenceText, evidence: sentence.range, characterRange: characterStart..<characterEnd)
                if let trigger {
                    // Counted from the sentence's start (the offsets converter only walks forward).
                    let word = tokens[trigger.index].range
                    let scalars = { (bytes: ArraySlice<UInt8>) in bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
                    let start = characterStart + scalars(utf8[sentence.range.start..<word.start])
                    event.triggerRange = start..<(start + scalars(utf8[word.start..<word.end]))
                }
                if let trigger, trigger.isVerb {
                    // States act too: "Algeria severed relations with Morocco" has a country as its agent.
                    let actors = local.filter {
                        $0.mention.kind != .misc && $0.index != sourceMention
                    }.compactMap { item -> (Int, Int, Int)? in
                        guard let first = tokenIndex(item.mention.range.start),
                            let last = tokenIndex(item.mention.range.end - 1)
                        else { return nil }
                        return (item.index, first, last)
                    }
                    let roles = RoleFinder(tokens: tokens, bounds: sentence.tokens, actors: actors).roles(
                        verb: trigger.index)
                    event.agentMentions = roles.agents
                    event.patientMentions = roles.patients
                    // A place that acts or is acted upon is an actor of the event as well as a place.
                    for index in roles.agents + roles.patients where !event.actorMentions.contains(index) {
                        event.actorMentions.append(index)
                    }
                }
                events.append(event)
            }
        }
        return events
    }

    // MARK: - Helpers

    /// The calendar anchors of a sentence, without clock times that fall on a day another anchor names.
    static func distinctAnchors(_ times: [TimeExpression]) -> [TimeExpression] {
        let anchors = times.filter(\.isCalendarAnchor)
        return anchors.filter { time in
            guard time.kind == .time, let day = time.interval else { return true }
            return !anchors.contains { other in
                other.kind == .date && other.interval.map { $0.start <= day.start && day.end <= $0.end } == true
            }
        }
    }

    /// Whether a token sits in a relative clause that ends just before a verb of saying ("X, who was
    /// received by the king, said ..."): what the clause tells is the author's, not the speaker's.
    static func inRelativeClause(_ tokens: [Token], _ index: Int, before cue: Int) -> Bool {
        guard cue >= 1, tokens[cue - 1].text == ",",
            let comma = RelativeClause.openingComma(tokens, from: index, floor: 0, anchor: cue)
        else { return false }
        return comma + 1 < index
    }

    /// Whether a clause with its own subject ("..., he was appointed", "..., then he died") starts between
    /// two tokens.
    static func newClauseStarts(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
        let subjects: Set<String> = ["he", "she", "they", "it", "we", "i"]
        var index = start + 1
        while index + 1 < end {
            if tokens[index].text == "," {
                var next = index + 1
                if ["then", "and", "but", "later"].contains(tokens[next].lower), next + 1 < end { next += 1 }
                if subjects.contains(tokens[next].lower) { return true }
            }
            index += 1
        }
        return false
    }

    /// Marks a summary's clause does not run past.
    private static let clauseBoundaries: WordSet = [",", ";", ":", "\u{2014}", "\u{2013}", "(", ")"]

    /// The text with each run of line breaks made one space and the breaks at either end dropped, as
    /// `split(whereSeparator: \.isNewline).joined(separator: " ")` gives, but worked on UTF-8 bytes rather
    /// than characters (a line break always ends a character, so the two agree).
    static func joiningLines(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                // Line feed to carriage return, U+0085 (C2 85), U+2028 and U+2029 (E2 80 A8/A9); in valid
                // UTF-8 these bytes mean nothing else.
                let byte = bytes[index]
                var breakLength = 0
                if byte >= 0x0A && byte <= 0x0D {
                    breakLength = 1
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 {
                    breakLength = 2
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                    bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
                {
                    breakLength = 3
                }
                if breakLength > 0 {
                    pendingSpace = !result.isEmpty
                    index += breakLength
                    continue
                }
                if pendingSpace {
                    result.append(0x20)
                    pendingSpace = false
                }
                result.append(byte)
                index += 1
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The sentence when short, otherwise the clause around the trigger.
    private func summary(
        _ tokens: [Token], _ bounds: Range<Int>, around trigger: Int, time: TimeExpression?, sentence: String
    ) -> String {
        // Most sentences hold no line break, and most fit: both are checked on bytes first.
        let hasBreak = sentence.utf8.contains { $0 >= 0x0A && $0 <= 0x0D || $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 }
        let collapsed = hasBreak ? Self.joiningLines(sentence) : sentence
        if collapsed.utf8.count <= options.summaryLength || collapsed.count <= options.summaryLength {
            return collapsed
        }
        // The clause must show both the event word and its date; when they are far apart, the date wins.
        var low = trigger
        var high = trigger
        if let time, let first = bounds.first(where: { tokens[$0].range.start >= time.range.start }) {
            let last = bounds.last(where: { tokens[$0].range.end <= time.range.end }) ?? first
            if abs(first - trigger) <= 24 {
                low = min(trigger, first)
                high = max(trigger, last)
            } else {
                low = first
                high = last
            }
        }
        let boundaries = Self.clauseBoundaries
        var start = low
        while start > bounds.lowerBound, low - start < 12, !boundaries.contains(tokens[start - 1].text) {
            start -= 1
        }
        var end = high + 1
        while end < bounds.upperBound, end - high < 16, !boundaries.contains(tokens[end].text) { end += 1 }
        var text = tokens.text(start..<end)
        if start > bounds.lowerBound { text = "\u{2026}" + text }
        if end < bounds.upperBound { text += "\u{2026}" }
        return text
    }
}
