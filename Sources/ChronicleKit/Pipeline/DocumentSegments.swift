/// A very long document cut into pieces at paragraph breaks, so that the per-word work of analyzing it
/// (tokens, sentences, the name recognizer's tables) is held for one piece at a time: a 20 MiB document
/// then needs about as much memory as a 1 MiB one, on top of its text and its results.
///
/// A piece ends at the last blank line before the size limit, else the last line break, else the last
/// sentence end (". "), else the last space, else at the limit (never inside a character). Only text
/// past the piece's end is out of reach of the analysis of that piece: relative dates in a new piece
/// are resolved from the document date again.
struct DocumentSegments {
    /// A piece of the text, with where it starts in the whole.
    struct Piece {
        /// The piece's text.
        var text: String
        /// Its start in the document's UTF-8 bytes.
        var byteOffset: Int
        /// Its start in the document's Unicode scalars.
        var scalarOffset: Int
    }

    /// The pieces of `text`, each at most `limit` UTF-8 bytes long.
    static func pieces(of text: String, limit: Int) -> [Piece] {
        var pieces: [Piece] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var byteOffset = 0
        var scalarOffset = 0
        while start < utf8.endIndex {
            let remaining = utf8.distance(from: start, to: utf8.endIndex)
            var end = utf8.endIndex
            if remaining > limit {
                end = cut(utf8, from: start, to: utf8.index(start, offsetBy: limit))
            }
            let piece = String(text[start..<end])
            pieces.append(Piece(text: piece, byteOffset: byteOffset, scalarOffset: scalarOffset))
            byteOffset += piece.utf8.count
            scalarOffset += piece.unicodeScalars.count
            start = end
        }
        return pieces
    }

    /// The best place to end a piece that starts at `start` and may go up to `limit`.
    private static func cut(_ utf8: String.UTF8View, from start: String.Index, to limit: String.Index) -> String.Index {
        let window = utf8[start..<limit]
        let bytes = Array(window)
        let preferences: [(UInt8, UInt8?)] = [(0x0A, 0x0A), (0x0A, nil), (0x2E, 0x20), (0x20, nil)]
        // Not too early: a break in the first half would make many small pieces.
        let floor = bytes.count / 2
        for (first, second) in preferences {
            var index = bytes.count - 1
            while index >= floor {
                if let second {
                    if index > 0 && bytes[index - 1] == first && bytes[index] == second {
                        return utf8.index(start, offsetBy: index + 1)
                    }
                } else if bytes[index] == first {
                    return utf8.index(start, offsetBy: index + 1)
                }
                index -= 1
            }
        }
        // No break at all: at the limit, moved back to the start of a character.
        var end = limit
        while end > start && utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        return end
    }
}
