import Foundation
import Testing

@testable import ChronicleKit

/// A document longer than the piece size is analyzed in pieces, with offsets that still point into it.
@Suite struct DocumentPiecesTests {
    static let paragraphs = (1...12).map { day in
        "Karim Benhaddou met Youssef Hajjar in Madrid on \(day) March 2021, according to El Faro. "
            + "The Interior Ministry denied on \(day + 1) March 2021 that the meeting took place in Rabat."
    }

    @Test func piecesEndAtParagraphBreaksAndCoverTheText() {
        let text = Self.paragraphs.joined(separator: "\n\nÉté ")
        let pieces = DocumentSegments.pieces(of: text, limit: 400)
        #expect(pieces.count > 4)
        #expect(pieces.map(\.text).joined() == text)
        for piece in pieces.dropLast() {
            #expect(piece.text.utf8.count <= 400)
            #expect(piece.text.hasSuffix("\n\n"))
        }
        for (piece, next) in zip(pieces, pieces.dropFirst()) {
            #expect(next.byteOffset == piece.byteOffset + piece.text.utf8.count)
            #expect(next.scalarOffset == piece.scalarOffset + piece.text.unicodeScalars.count)
        }
    }

    @Test func textWithoutBreaksIsCutBetweenCharacters() {
        let text = String(repeating: "é", count: 1000)
        let pieces = DocumentSegments.pieces(of: text, limit: 301)
        #expect(pieces.map(\.text).joined() == text)
        #expect(pieces.allSatisfy { $0.text.utf8.count <= 301 && $0.text.utf8.count % 2 == 0 })
    }

    @Test func aDocumentInPiecesHasTheEventsOfTheWholeAtTheRightOffsets() throws {
        let text = Self.paragraphs.joined(separator: "\n\n")
        let document = Document(
            id: "long.txt", source: "long.txt", published: CalendarDate(iso: "2021-04-01"), text: text)
        let whole = DocumentAnalyzer().analyze(document)
        var options = DocumentAnalyzer.Options()
        options.pieceBytes = 500
        let pieces = DocumentAnalyzer(options: options).analyze(document)
        #expect(pieces.events.count == whole.events.count)
        #expect(pieces.mentions == whole.mentions)
        #expect(pieces.events == whole.events)
        let bytes = Array(text.utf8)
        let scalars = Array(text.unicodeScalars)
        for event in pieces.events {
            let evidence = String(decoding: bytes[event.evidence.start..<event.evidence.end], as: UTF8.self)
            #expect(evidence.contains(event.trigger))
            let characters = String(String.UnicodeScalarView(scalars[event.characterRange]))
            #expect(evidence.contains(characters) || characters.contains(evidence))
            for index in event.actorMentions + event.placeMentions {
                let mention = pieces.mentions[index]
                #expect(mention.sentenceIndex == event.sentenceIndex)
            }
        }
    }
}
