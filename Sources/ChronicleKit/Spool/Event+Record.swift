/// Events and their parts as spool records.
extension Event {
    /// Writes every field, in the order ``init(record:)`` reads them.
    func write(to record: inout RecordWriter) {
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
        record.string(sentence)
        evidence.write(to: &record)
        record.count(characterRange.lowerBound)
        record.count(characterRange.upperBound)
    }

    /// Reads an event written by ``write(to:)``.
    init(record: inout RecordReader) {
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
        let sentence = record.string()
        let evidence = TextRange(record: &record)
        let lower = record.count()
        let upper = record.count()
        guard lower <= upper else { RecordReader.damaged("an event's characters end before they start") }
        self.init(
            documentID: documentID, sentenceIndex: sentenceIndex, trigger: trigger, triggerLemma: triggerLemma,
            time: time, actorMentions: actors, placeMentions: places, attribution: attribution, modality: modality,
            summary: summary, sentence: sentence, evidence: evidence, characterRange: lower..<upper)
        agentMentions = agents
        patientMentions = patients
    }
}

extension TimeExpression {
    func write(to record: inout RecordWriter) {
        record.member(kind)
        record.string(value)
        record.optionalCount(modifier.map { TimeModifier.allCases.firstIndex(of: $0)! })
        record.optionalCount(precision.map { DatePrecision.allCases.firstIndex(of: $0)! })
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
        let modifier = record.optionalCount().map { Self.member(TimeModifier.allCases, $0) }
        let precision = record.optionalCount().map { Self.member(DatePrecision.allCases, $0) }
        let interval = record.flag() ? DayInterval(start: record.date(), end: record.date()) : nil
        let range = TextRange(record: &record)
        let text = record.string()
        let isRelative = record.flag()
        let rangeEnd = record.optionalDate()
        self.init(
            kind: kind, value: value, modifier: modifier, precision: precision, interval: interval, range: range,
            text: text, isRelative: isRelative, rangeEnd: rangeEnd)
    }

    private static func member<T>(_ cases: [T], _ index: Int) -> T {
        guard index < cases.count else { RecordReader.damaged("unknown \(T.self) number \(index)") }
        return cases[index]
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
