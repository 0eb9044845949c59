extension DocumentAnalysis {
    /// The analysis of a whole document put together from the analyses of its pieces, in text order:
    /// offsets, sentence numbers and mention numbers are moved past the pieces before each.
    struct Joined {
        private let document: Document
        private var mentions: [EntityMention] = []
        private var events: [Event] = []
        private var timeCount = 0
        private var sentenceOffset = 0

        /// Starts the analysis of `document`.
        init(document: Document) {
            self.document = document
        }

        /// Adds the analysis of the next piece.
        mutating func append(_ analysis: DocumentAnalysis, of piece: DocumentSegments.Piece, sentenceCount: Int) {
            let mentionOffset = mentions.count
            for var mention in analysis.mentions {
                mention.range = mention.range.moved(by: piece.byteOffset)
                mention.sentenceIndex += sentenceOffset
                mentions.append(mention)
            }
            for var event in analysis.events {
                event.sentenceIndex += sentenceOffset
                event.evidence = event.evidence.moved(by: piece.byteOffset)
                let characters = event.characterRange
                event.characterRange =
                    (characters.lowerBound + piece.scalarOffset)..<(characters.upperBound + piece.scalarOffset)
                event.triggerRange = event.triggerRange.map {
                    ($0.lowerBound + piece.scalarOffset)..<($0.upperBound + piece.scalarOffset)
                }
                if var time = event.time {
                    time.range = time.range.moved(by: piece.byteOffset)
                    event.time = time
                }
                event.actorMentions = event.actorMentions.map { $0 + mentionOffset }
                event.placeMentions = event.placeMentions.map { $0 + mentionOffset }
                event.agentMentions = event.agentMentions.map { $0 + mentionOffset }
                event.patientMentions = event.patientMentions.map { $0 + mentionOffset }
                event.attribution.mentionIndex = event.attribution.mentionIndex.map { $0 + mentionOffset }
                events.append(event)
            }
            timeCount += analysis.timeExpressionCount
            sentenceOffset += sentenceCount
        }

        /// The whole document's analysis.
        var analysis: DocumentAnalysis {
            DocumentAnalysis(
                document: DocumentInfo(document), mentions: mentions, events: events, timeExpressionCount: timeCount,
                byteCount: document.text.utf8.count)
        }
    }
}

extension TextRange {
    /// The same range `offset` further on.
    func moved(by offset: Int) -> TextRange {
        TextRange(start: start + offset, end: end + offset)
    }
}
