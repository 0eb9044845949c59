import ChronicleKit
import Foundation
import Testing

@Suite struct ExportTests {
    static let chronology: Chronology = {
        let documents = [
            Document(
                id: "a.txt", source: "a.txt", publisher: "Wire", published: CalendarDate(iso: "2021-03-04"),
                text:
                    "=HYPERLINK(\"x\") said Karim Benhaddou fled to Madrid on 26 February 2021, sources said.\nThe \u{1}GDES, Tomás said, \"met\" in Rabat yesterday."
            ),
            Document(
                id: "b.txt", source: "b.txt", text: "Karim Benhaddou met King Amadeo II in Paris in 2019. Nothing else."
            ),
        ]
        return try! ChronologyBuilder().build(documents.map { DocumentAnalyzer().analyze($0) })
    }()

    @Test func csvFollowsTheContract() throws {
        let csv = try CSVExporter().render(Self.chronology)
        #expect(csv.hasPrefix(CSVExporter.columns.joined(separator: ",") + "\r\n"))
        #expect(csv.hasSuffix("\r\n"))
        #expect(CSVExporter.escape("=1+1") == "'=1+1")
        #expect(CSVExporter.escape("-5") == "'-5")
        #expect(CSVExporter.escape("@cmd") == "'@cmd")
        #expect(CSVExporter.escape("a, \"b\"") == "\"a, \"\"b\"\"\"")
        #expect(try CSVExporter(byteOrderMark: true).render(Self.chronology).hasPrefix("\u{FEFF}event_id"))
    }

    /// What an exporter writes into a file through a `FileOutput` (XML as libxml2's bytes, the rest as
    /// text), read back.
    static func viaFile(_ exporter: some ChronologyExporter, _ chronology: Chronology) throws -> (String, Int) {
        let path = NSTemporaryDirectory() + "/chronicle-export-\(UUID().uuidString)"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        #expect(descriptor >= 0)
        defer { unlink(path) }
        var output = FileOutput(descriptor: descriptor)
        try exporter.export(chronology, to: &output)
        #expect(output.finish() == nil)
        close(descriptor)
        return (try String(contentsOfFile: path, encoding: .utf8), output.byteCount)
    }

    @Test func filesGetTheSameBytesAsText() throws {
        let exporters: [any ChronologyExporter] = [
            GraphMLExporter(threads: 1), GraphMLExporter(threads: 2), GraphMLExporter(yEd: true), GEXFExporter(),
            CSVExporter(),
        ]
        for exporter in exporters {
            let (file, count) = try Self.viaFile(exporter, Self.chronology)
            let text = try exporter.render(Self.chronology)
            #expect(file == text, "\(type(of: exporter))")
            #expect(count == text.utf8.count)
            #expect(file.contains("Tomás"))
        }
    }

    /// Small pieces are buffered and large ones (GraphML chunks) written straight out: the file still
    /// holds them all in order.
    @Test func fileOutputKeepsTheOrderOfSmallAndLargeWrites() throws {
        let path = NSTemporaryDirectory() + "/chronicle-output-\(UUID().uuidString)"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        #expect(descriptor >= 0)
        defer { unlink(path) }
        var output = FileOutput(descriptor: descriptor)
        var expected: [UInt8] = []
        let pieces: [[UInt8]] = [
            Array("<graphml>".utf8), [UInt8](repeating: 0x61, count: 70_000), Array(" Tomás ".utf8),
            [UInt8](repeating: 0x62, count: 65_536), [UInt8](repeating: 0x63, count: 65_535),
            [UInt8](repeating: 0x64, count: 1_000_000), [UInt8](repeating: 0x65, count: 3_000_000),
            Array("</graphml>".utf8),
        ]
        for piece in pieces {
            piece.withUnsafeBytes { output.write(bytes: $0) }
            expected += piece
        }
        output.write(" end")
        expected += Array(" end".utf8)
        #expect(output.finish() == nil)
        close(descriptor)
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == expected)
        #expect(output.byteCount == expected.count)
    }

    /// GraphML is written in chunks on several cores; the file must not depend on how many.
    @Test func graphMLDoesNotDependOnTheCores() throws {
        let cities = ["Rabat", "Madrid", "Paris", "Tunis", "Algiers", "Lisbon"]
        let documents = (0..<400).map { index in
            Document(
                id: "d\(index).txt", source: "d\(index).txt", published: CalendarDate(iso: "2021-03-04"),
                text:
                    "Inspector Samir Alaoui\(index % 40) met Colonel Driss Bennani\(index % 30) in \(cities[index % 6]) on \(index % 28 + 1) May 2011. The Directorate of Territorial Surveillance arrested Youssef Amrani\(index % 50) in \(cities[(index + 2) % 6]) last week."
            )
        }
        let chronology = try ChronologyBuilder().build(documents.map { DocumentAnalyzer().analyze($0) })
        let one = try GraphMLExporter(threads: 1).render(chronology)
        let elements = one.components(separatedBy: "<node ").count + one.components(separatedBy: "<edge ").count
        #expect(elements > 1_200, "enough nodes and edges for several chunks")
        #expect(try GraphMLExporter(threads: 3).render(chronology) == one)
        #expect(
            try GraphMLExporter(yEd: true, threads: 2).render(chronology)
                == GraphMLExporter(yEd: true).render(chronology))
    }

    @Test func graphMLPutsKeysFirstNodesBeforeEdgesAndNoEdgeTwice() throws {
        let xml = try GraphMLExporter().render(Self.chronology)
        #expect(!xml.contains("\u{1}"))
        #expect(xml.contains("<graph id=\"chronology\" edgedefault=\"directed\">"))
        // Keys first, nodes before edges, no parallel edges.
        let keyEnd = try #require(xml.range(of: "<graph ")).lowerBound
        #expect(!xml[keyEnd...].contains("<key "))
        let lastNode = try #require(xml.range(of: "<node ", options: .backwards)).lowerBound
        let firstEdge = try #require(xml.range(of: "<edge ")).lowerBound
        #expect(lastNode < firstEdge)
        let pairs = xml.split(separator: "\n").filter { $0.contains("<edge ") }.map { line in
            line.split(separator: " ").filter { $0.hasPrefix("source=") || $0.hasPrefix("target=") }.joined(
                separator: " ")
        }
        #expect(Set(pairs).count == pairs.count)
    }

    @Test(
        .enabled(
            if: SharedFolder.runs(schemaFile), "needs ../shared's GraphML schema, which only a checkout beside it has"))
    func graphMLIsValidAgainstTheSchema() throws {
        let xml = try GraphMLExporter().render(Self.chronology)
        let schema = try #require(SharedFolder.path(Self.schemaFile), "the shared GraphML schema is missing")
        let problems = try SchemaValidator(schemaPath: schema).problems(in: xml)
        #expect(problems.isEmpty, "\(problems)")
    }

    static let schemaFile = "schemas/graphml/graphml.xsd"

    @Test(
        .enabled(
            if: SharedFolder.runs(schemaFile), "needs ../shared's GraphML schema, which only a checkout beside it has"))
    func schemaValidatorReportsProblems() throws {
        let schema = try #require(SharedFolder.path(Self.schemaFile), "the shared GraphML schema is missing")
        let bad =
            "<?xml version=\"1.0\"?><graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"sideways\"/></graphml>"
        #expect(try !SchemaValidator(schemaPath: schema).problems(in: bad).isEmpty)
    }

    @Test func briefingHasTheSectionsAndNoLongLines() throws {
        let text = try BriefingExporter().render(Self.chronology)
        for heading in [
            "BOTTOM LINE UP FRONT", "CHRONOLOGY", "KEY ACTORS", "SINGLE-SOURCE AND DISPUTED CLAIMS", "UNDATED EVENTS",
            "SOURCE LIST",
        ] {
            #expect(text.contains(heading))
        }
        #expect(text.contains("2021-02-26"))
        for line in text.split(separator: "\n") { #expect(line.count <= 78, "too long: \(line)") }
    }

    @Test func customTemplatesRenderAndBadOnesFail() throws {
        let custom = BriefingExporter(template: "{{% CONTENT_TYPE: TEXT}}Events: {{scope}}\n", templateName: "mine")
        #expect(try custom.render(Self.chronology).hasPrefix("Events: 2 documents"))
        let broken = BriefingExporter(template: "{{#chronology}}unclosed", templateName: "broken")
        #expect(throws: ExportError.self) { try broken.render(Self.chronology) }
    }

    @Test func builtInTemplateMatchesTheTemplatesFolder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let file = try String(
            contentsOf: root.appendingPathComponent("Templates/briefing.txt.mustache"), encoding: .utf8)
        let fromFile = try BriefingExporter(template: file, templateName: "file").render(Self.chronology)
        #expect(try BriefingExporter().render(Self.chronology) == fromFile)
    }

    @Test func jsonRoundTrips() throws {
        let json = try JSONExporter().render(Self.chronology)
        let decoded = try JSONDecoder().decode(Chronology.self, from: Data(json.utf8))
        #expect(decoded == Self.chronology)
    }

    @Test func atomicWritesRefuseToOverwriteInputs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = try folder.write("in.txt", "original")
        #expect(throws: ExportError.self) {
            try AtomicFile.write("new", to: input, protecting: [AtomicFile.canonicalPath(input)])
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "original")
        try AtomicFile.write("result", to: folder.path + "/out.csv")
        #expect(try String(contentsOfFile: folder.path + "/out.csv", encoding: .utf8) == "result")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["in.txt", "out.csv"])
        #expect(throws: ExportError.self) { try AtomicFile.write("x", to: folder.path + "/missing/out.csv") }
    }
}

@Suite struct UndatedBoundTests {
    @Test func undatedEventsAreBoundedByTheirDocumentDate() throws {
        let document = Document(
            id: "a.txt", source: "a.txt", published: CalendarDate(iso: "2021-03-04"),
            text: "Karim Benhaddou fled abroad.")
        let chronology = try ChronologyBuilder().build([DocumentAnalyzer().analyze(document)])
        let csv = try CSVExporter().render(chronology)
        let row = try #require(csv.components(separatedBy: "\r\n").dropFirst().first)
        #expect(
            row.hasPrefix("evt-0001,,,,,2021-03-04,,,"),
            "date, timex, start and end empty; not_after the publication date")
    }
}
