/// Events and their parts as spool records.
extension Event {
    /// Where a sentence already written lies, counted back from the start of the record that points at it.
    struct SentenceBack {
        /// How many bytes before the record's first byte the sentence's text starts.
        var distance: Int
        /// The length of its text in UTF-8 bytes.
        var length: Int
    }

    /// Writes every field, in the order ``init(record:at:spool:)`` reads them.
    ///
    /// The events of one sentence share its text: the first writes it, the others point back at it
    /// (`sentence`), so a sentence naming many dates is not copied once per date.
    /// - Parameter sentence: where this event's sentence was written before, if it was.
    /// - Returns: where this record wrote its sentence's text in `record.bytes`, when it wrote it.
    @discardableResult
    func write(to record: inout RecordWriter, sentence back: SentenceBack? = nil) -> Int? {
        record.string(documentID)
        record.count(sentenceIndex)
        record.string(trigger)
        record.string(triggerLemma)
        record.flag(time != nil)
        time?.write(to: &record)
        record.counts(actorMentions)
        record.counts(placeMentions)
        record.counts(agentMentions)
        record.counts(patientMentions)
        attribution.write(to: &record)
        record.member(modality)
        record.string(summary)
        var textStart: Int?
        if let back {
            record.count(1)
            record.count(back.distance)
            record.count(back.length)
        } else {
            record.count(0)
            textStart = record.stringReturningStart(sentence)
        }
        evidence.write(to: &record)
        record.count(characterRange.lowerBound)
        record.count(characterRange.upperBound)
        record.flag(triggerRange != nil)
        if let triggerRange {
            record.count(triggerRange.lowerBound)
            record.count(triggerRange.upperBound)
        }
        return textStart
    }

    /// Reads an event written by ``write(to:sentence:)``.
    /// - Parameters:
    ///   - offset: where the record starts in `spool`.
    ///   - spool: the file it was read from, for a sentence written by an earlier record.
    init(record: inout RecordReader, at offset: Int64, spool: SpoolFile?) {
        let documentID = record.string()
        let sentenceIndex = record.count()
        let trigger = record.string()
        let triggerLemma = record.string()
        let time = record.flag() ? TimeExpression(record: &record) : nil
        let actors = record.counts()
        let places = record.counts()
        let agents = record.counts()
        let patients = record.counts()
        let attribution = Attribution(record: &record)
        let modality = record.member(Modality.self)
        let summary = record.string()
        let sentence: String
        if record.count() == 0 {
            sentence = record.string()
        } else {
            let distance = record.count()
            let length = record.count()
            guard let spool, distance <= offset, length <= Int(Int32.max) else {
                RecordReader.damaged("a sentence points outside its spool")
            }
            sentence = String(
                decoding: spool.read(SpoolRange(offset: offset - Int64(distance), length: Int32(length))),
                as: UTF8.self)
        }
        let evidence = TextRange(record: &record)
        let lower = record.count()
        let upper = record.count()
        guard lower <= upper else { RecordReader.damaged("an event's characters end before they start") }
        var triggerRange: Range<Int>?
        if record.flag() {
            let start = record.count()
            let end = record.count()
            guard start <= end else { RecordReader.damaged("an event word ends before it starts") }
            triggerRange = start..<end
        }
        self.init(
            documentID: documentID, sentenceIndex: sentenceIndex, trigger: trigger, triggerLemma: triggerLemma,
            time: time, actorMentions: actors, placeMentions: places, attribution: attribution, modality: modality,
            summary: summary, sentence: sentence, evidence: evidence, characterRange: lower..<upper)
        agentMentions = agents
        patientMentions = patients
        self.triggerRange = triggerRange
    }
}

extension TimeExpression {
    func write(to record: inout RecordWriter) {
        record.member(kind)
        record.string(value)
        record.optionalMember(modifier)
        record.optionalMember(precision)
        record.flag(interval != nil)
        if let interval {
            record.date(interval.start)
            record.date(interval.end)
        }
        range.write(to: &record)
        record.string(text)
        record.flag(isRelative)
        record.optionalDate(rangeEnd)
    }

    init(record: inout RecordReader) {
        let kind = record.member(Kind.self)
        let value = record.string()
        let modifier = record.optionalMember(TimeModifier.self)
        let precision = record.optionalMember(DatePrecision.self)
        let interval = record.flag() ? DayInterval(start: record.date(), end: record.date()) : nil
        let range = TextRange(record: &record)
        let text = record.string()
        let isRelative = record.flag()
        let rangeEnd = record.optionalDate()
        self.init(
            kind: kind, value: value, modifier: modifier, precision: precision, interval: interval, range: range,
            text: text, isRelative: isRelative, rangeEnd: rangeEnd)
    }

}

extension Attribution {
    func write(to record: inout RecordWriter) {
        record.string(source)
        record.optionalCount(mentionIndex)
        record.optionalString(cue)
    }

    init(record: inout RecordReader) {
        self.init(source: record.string(), mentionIndex: record.optionalCount(), cue: record.optionalString())
    }
}

extension TextRange {
    func write(to record: inout RecordWriter) {
        record.count(start)
        record.count(length)
    }

    init(record: inout RecordReader) {
        let start = record.count()
        self.init(start: start, end: start + record.count())
    }
}
