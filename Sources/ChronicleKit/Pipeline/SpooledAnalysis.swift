/// What the corpus-level stages keep in memory of one analyzed document: its metadata and the keys of its
/// events, the events themselves having gone to the evidence spool (and its mentions to the corpus's
/// ``MentionTable``).
struct SpooledAnalysis: Sendable {
    var document: DocumentInfo
    var events: [EventKey]
    /// The mention numbers of every event, one run per event (see ``EventKey/mentions``).
    var mentionNumbers: [Int32]
    var timeExpressionCount: Int
    var byteCount: Int

    /// A document's events encoded for the spool, one record after another, with their keys, before
    /// they are written (their record offsets count from the document's first byte until then).
    struct Prepared: Sendable {
        var analysis: DocumentAnalysis
        var records: [UInt8]
        var keys: [EventKey]
        var mentionNumbers: [Int32]
    }

    /// Encodes a document's events and works out their keys (the part that may run on any core).
    static func prepare(_ analysis: DocumentAnalysis) -> Prepared {
        var writer = RecordWriter(capacity: 1024)
        var numbers: [Int32] = []
        var keys: [EventKey] = []
        keys.reserveCapacity(analysis.events.count)
        // The events of a sentence share its text, written once by the first of them.
        var sentenceText: (index: Int, start: Int, length: Int)?
        for event in analysis.events {
            let start = writer.bytes.count
            if let known = sentenceText, known.index == event.sentenceIndex {
                event.write(to: &writer, sentence: .init(distance: start - known.start, length: known.length))
            } else if let textStart = event.write(to: &writer) {
                sentenceText = (event.sentenceIndex, textStart, event.sentence.utf8.count)
            }
            // (A record over 2 GiB would need a sentence that long: such an event is left out.)
            guard let length = Int32(exactly: writer.bytes.count - start) else {
                writer.truncate(to: start)
                continue
            }
            let record = SpoolRange(offset: Int64(start), length: length)
            keys.append(EventKey(event, record: record, mentionNumbers: &numbers))
        }
        var analysis = analysis
        analysis.events = []
        return Prepared(
            analysis: analysis, records: writer.bytes, keys: keys,
            mentionNumbers: DocumentAnalysis.exactlySized(numbers))
    }

    /// Writes a prepared document's events to the spool and keeps their keys.
    /// - Throws: ``SpoolError`` when the spool cannot take them.
    init(_ prepared: Prepared, spool: SpoolFile) throws {
        let base = try spool.append(prepared.records)
        document = prepared.analysis.document
        events = prepared.keys.map { key in
            var key = key
            key.telling.record.offset += base
            return key
        }
        mentionNumbers = prepared.mentionNumbers
        timeExpressionCount = prepared.analysis.timeExpressionCount
        byteCount = prepared.analysis.byteCount
    }
}
