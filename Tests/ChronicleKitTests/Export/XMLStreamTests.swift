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

    /// Elements made apart as a fragment and put into a stream come out as if written in place.
    @Test func insertedFragmentMatchesElementsWrittenInPlace() throws {
        func children(_ writer: XMLWriter) throws {
            for index in 0..<40 {
                try writer.start("node")
                try writer.attribute("id", "n\(index) & \"Fès\"")
                try writer.element("data", attribute: ("key", "k"), text: "a < b ☂ \(index)")
                try writer.end()
            }
        }
        func document(_ middle: (XMLWriter) throws -> Void) throws -> String {
            var chunks = Chunks()
            try XMLWriter.stream(to: &chunks) { writer in
                try writer.start("graphml")
                try writer.start("graph")
                try writer.element("data", text: "before")
                try middle(writer)
                try writer.end()
                try writer.end()
            }
            return chunks.pieces.joined()
        }
        let inPlace = try document(children)
        let fragment = try XMLWriter.fragment(depth: 2, children)
        let inserted = try document { try $0.insert(fragment) }
        #expect(inserted == inPlace)
        #expect(
            inPlace.contains("\n    <node id=\"n0 &amp; &quot;Fès&quot;\">\n      <data key=\"k\">a &lt; b ☂ 0</data>"))
    }
}
