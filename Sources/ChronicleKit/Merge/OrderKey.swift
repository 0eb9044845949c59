/// The chronological place of a merged event, taken out of it to sort without reading events: dated
/// events by first day, last day, then document order; undated events after, in document order.
struct OrderKey: Sendable {
    /// The first and last day its date allows, as day numbers.
    var days: (start: Int, end: Int)?
    /// The first telling's document (in input order) and sentence.
    var document: Int
    var sentenceIndex: Int

    /// Whether the event of this key comes before that of `other`; documents compare by id.
    func precedes(_ other: OrderKey, _ documents: [DocumentInfo]) -> Bool {
        switch (days, other.days) {
        case let (x?, y?):
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end < y.end }
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): break
        }
        if document != other.document, documents[document].id != documents[other.document].id {
            return documents[document].id < documents[other.document].id
        }
        return sentenceIndex < other.sentenceIndex
    }
}
