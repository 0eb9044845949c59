import Foundation
import Testing

@testable import ChronicleKit

@Suite struct PipelineTests {
    static var samples: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples").path
    }

    @Test func outputDoesNotDependOnThreadsOrBatches() throws {
        var serial = ChronologyPipeline.Options()
        serial.threads = 1
        var parallel = ChronologyPipeline.Options()
        parallel.threads = 3
        parallel.batchSize = 2
        let one = try ChronologyPipeline(options: serial).run(paths: [Self.samples]).chronology
        let many = try ChronologyPipeline(options: parallel).run(paths: [Self.samples]).chronology
        #expect(one.events.count > 20)
        #expect(try CSVExporter().render(one) == CSVExporter().render(many))
        #expect(try GraphMLExporter().render(one) == GraphMLExporter().render(many))
    }

    /// The corpus-level steps split their per-document and per-event work across the cores only past a
    /// few dozen items: a corpus of a few hundred documents takes those paths, and must build the same.
    @Test func corpusStepsDoNotDependOnThreads() throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: Self.samples).filter { $0.hasSuffix(".txt") }
            .sorted()
        var documents: [Document] = []
        for copy in 0..<40 {
            for name in samples {
                let text = try String(contentsOfFile: Self.samples + "/" + name, encoding: .utf8)
                documents.append(
                    Document(
                        id: "\(copy)-\(name)", source: name, publisher: "Outlet \(copy % 7)",
                        published: CalendarDate(iso: "2021-03-\(10 + copy % 9)"), text: text))
            }
        }
        let analyses = documents.map { DocumentAnalyzer().analyze($0) }
        let one = try ChronologyBuilder(threads: 1).build(analyses)
        let many = try ChronologyBuilder(threads: 3).build(analyses)
        #expect(documents.count > 200)
        #expect(one.events.count > 64)
        #expect(one.events.contains { $0.evidence.count > 1 })
        #expect(one == many)
        #expect(try CSVExporter().render(one) == CSVExporter().render(many))
    }

    @Test func parallelMapKeepsOrder() throws {
        for threads in [1, 2, 5] {
            let squares = parallelMap(count: 10_007, threads: threads) { $0 * $0 }
            #expect(squares == (0..<10_007).map { $0 * $0 })
        }
    }
}

/// The reference date anchors a dateless document's relative dates and is never given as its date.
@Suite struct ReferenceDateTests {
    @Test func theReferenceDateAnchorsButIsNotThePublicationDate() throws {
        let document = Document(
            id: "a.txt", source: "a.txt", text: "The minister resigned yesterday in Rabat.\n\nHe fled on Monday.\n")
        var options = DocumentAnalyzer.Options()
        options.referenceDate = CalendarDate(iso: "2021-03-04")
        let analysis = DocumentAnalyzer(options: options).analyze(document)
        #expect(analysis.document.published == nil)
        #expect(analysis.events.first?.time?.value == "2021-03-03")
        var small = options
        small.pieceBytes = 44
        let inPieces = DocumentAnalyzer(options: small).analyze(document)
        #expect(inPieces.document.published == nil)
        #expect(inPieces.events.first?.time?.value == "2021-03-03")
    }
}
