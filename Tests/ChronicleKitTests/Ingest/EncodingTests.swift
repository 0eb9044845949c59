import ChronicleKit
import Foundation
import Testing

/// Files in the encodings scraped corpora really come in: read right and said so, or refused by name.
@Suite struct EncodingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var text: String?
        var encoding: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "UTF-8", bytes: Array("Caf\u{E9} \u{201C}ok\u{201D}".utf8), text: "Caf\u{E9} \u{201C}ok\u{201D}"),
        Case(name: "UTF-8 with BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("Rabat".utf8), text: "Rabat"),
        Case(
            name: "Latin-1", bytes: Array("Montr".utf8) + [0xE9] + Array("al".utf8), text: "Montr\u{E9}al",
            encoding: "Windows-1252"),
        Case(
            name: "Windows-1252 smart quotes and dash", bytes: [0x93] + Array("we met".utf8) + [0x94, 0x20, 0x96],
            text: "\u{201C}we met\u{201D} \u{2013}", encoding: "Windows-1252"),
        Case(
            name: "UTF-8 mixed with a stray Windows-1252 byte",
            bytes: Array("Caf\u{E9} in".utf8) + [0x20, 0x92, 0x39, 0x39], text: "Caf\u{E9} in \u{2019}99",
            encoding: "Windows-1252"),
        Case(
            name: "UTF-16LE with BOM",
            bytes: [0xFF, 0xFE] + Array("F\u{E8}s".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            text: "F\u{E8}s", encoding: "UTF-16LE"),
        Case(
            name: "UTF-16BE with BOM",
            bytes: [0xFE, 0xFF] + Array("Oujda".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
            text: "Oujda", encoding: "UTF-16BE"),
        Case(
            name: "UTF-16LE without BOM",
            bytes: Array("Tangier port".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            text: "Tangier port", encoding: "UTF-16LE"),
        Case(name: "byte Windows-1252 leaves undefined", bytes: Array("abc".utf8) + [0x8D], text: nil),
        Case(name: "UTF-16 cut in half a character", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x42], text: nil),
        Case(name: "UTF-16 lone surrogate", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00], text: nil),
        Case(name: "binary", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00], text: nil),
    ]

    @Test(arguments: cases) func decodesOrRefusesByName(_ sample: Case) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("sample.txt", bytes: sample.bytes)
        var results: [Result<Document, IngestError>] = []
        DocumentReader().read(InputFile(path: path, id: "sample.txt", format: .text)) { results.append($0) }
        switch results.first {
        case .success(let document):
            #expect(document.text == sample.text)
            #expect(document.sourceEncoding == sample.encoding)
        case .failure(let error):
            #expect(sample.text == nil, "\(error)")
            #expect(error.description.hasPrefix(path + ": "))
        case nil:
            Issue.record("no result")
        }
    }

    @Test func aDecodedFileIsNotedInTheReport() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(
            "latin.txt", bytes: Array("The mayor of Montr".utf8) + [0xE9] + Array("al resigned on 2 May 2017.".utf8))
        let (chronology, report) = try ChronologyPipeline().run(paths: [path])
        #expect(report.errors.isEmpty)
        #expect(report.notes.map(\.description) == ["\(path): not UTF-8; read as Windows-1252"])
        #expect(chronology.events.contains { $0.date?.value == "2017-05-02" })
    }

    @Test func limitsOnDocumentAndLineSizeNameTheFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let long = try folder.write("long.txt", String(repeating: "word ", count: 400) + "\nshort line\n")
        let big = try folder.write("big.txt", String(repeating: "Line of text.\n", count: 200))
        let options = DocumentReader.Options(maximumDocumentBytes: 2_500, maximumLineBytes: 1_000)
        var errors: [IngestError] = []
        for (path, id) in [(long, "long.txt"), (big, "big.txt")] {
            DocumentReader(options: options).read(InputFile(path: path, id: id, format: .text)) {
                if case .failure(let error) = $0 { errors.append(error) }
            }
        }
        #expect(
            errors == [
                .lineTooLong(path: long, line: 1, limit: 1_000), .tooLarge(path: big, bytes: 2_800, limit: 2_500),
            ])
    }

    @Test func anOversizedJSONLineIsSkippedWithoutStoppingTheFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let huge = "{\"id\": \"huge\", \"text\": \"" + String(repeating: "a", count: 300_000) + "\"}"
        let path = try folder.write(
            "corpus.jsonl", huge + "\n{\"id\": \"small\", \"text\": \"The port closed on 2 May 2017.\"}\n")
        var documents: [String] = []
        var errors: [IngestError] = []
        DocumentReader(options: .init(maximumDocumentBytes: 100_000)).read(
            InputFile(path: path, id: "corpus.jsonl", format: .jsonLines)
        ) { result in
            switch result {
            case .success(let document): documents.append(document.id)
            case .failure(let error): errors.append(error)
            }
        }
        #expect(documents == ["small"])
        #expect(errors == [.invalidJSONLine(path: path, line: 1, reason: "line over 100000 bytes")])
    }
}
