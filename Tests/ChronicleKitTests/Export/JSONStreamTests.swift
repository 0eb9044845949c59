import ChronicleKit
import Foundation
import Testing

/// The JSON export, written an element at a time, is exactly what JSONEncoder gives for the whole.
@Suite struct JSONStreamTests {
    @Test(arguments: [PipelineTests.samples, "/nonexistent-empty"])
    func streamedJSONEqualsTheWholeEncoding(_ input: String) throws {
        let chronology = try ChronologyPipeline().run(paths: [input]).chronology
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let whole = String(decoding: try encoder.encode(chronology), as: UTF8.self) + "\n"
        #expect(try JSONExporter().render(chronology) == whole)
    }
}
