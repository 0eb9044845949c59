import Foundation
import Testing

@testable import ChronicleKit

/// The XML writer streams its output in chunks; characters cut at a chunk's end must come out whole.
@Suite struct XMLStreamTests {
    /// Records each piece it is given.
    struct Chunks: TextOutputStream {
        var pieces: [String] = []
        mutating func write(_ string: String) { pieces.append(string) }
    }

    @Test func multibyteTextSurvivesChunkBoundaries() throws {
        let names = (0..<3_000).map { "Fès–Tétouan ☂ 𝄞 \($0)" }
        var chunks = Chunks()
        try XMLWriter.stream(to: &chunks) { writer in
            try writer.start("names")
            for name in names { try writer.element("name", text: name) }
            try writer.end()
        }
        #expect(chunks.pieces.count > 10, "the output came in chunks")
        let text = chunks.pieces.joined()
        #expect(!text.contains("\u{FFFD}"))
        for name in names { #expect(text.contains("<name>\(name)</name>")) }
    }
}
