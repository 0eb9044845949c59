import Foundation

/// Writes the whole chronology as JSON: documents, entities and events with their evidence.
///
/// Keys are sorted and dates are `YYYY-MM-DD` strings, so the output is stable and diffable. The
/// schema is the `Codable` form of ``Chronology``; see `docs/json-schema.md`.
public struct JSONExporter: ChronologyExporter {
    /// Creates an exporter.
    public init() {}

    public func export(_ chronology: Chronology, to output: inout some TextOutputStream) throws {
        // The same text JSONEncoder gives for the whole chronology, written an element at a time so
        // that a large corpus is never encoded in one piece.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        output.write("{\n")
        try array("documents", chronology.documents, encoder, &output)
        output.write(",\n")
        try array("entities", chronology.entities, encoder, &output)
        output.write(",\n")
        try array("events", chronology.events, encoder, &output)
        output.write("\n}\n")
    }

    /// `  "key" : [ ... ]`, each element indented as the whole document's encoding would indent it.
    private func array<Element: Encodable>(
        _ key: String, _ elements: [Element], _ encoder: JSONEncoder, _ output: inout some TextOutputStream
    ) throws {
        output.write("  \"\(key)\" : [")
        guard !elements.isEmpty else {
            output.write("\n\n  ]")
            return
        }
        for (index, element) in elements.enumerated() {
            output.write(index == 0 ? "\n" : ",\n")
            let text = String(decoding: try encoder.encode(element), as: UTF8.self)
            var first = true
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if !first { output.write("\n") }
                if !line.isEmpty {
                    output.write("    ")
                    output.write(String(line))
                }
                first = false
            }
        }
        output.write("\n  ]")
    }
}

extension CalendarDate {
    /// Encoded as `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decoded from `YYYY-MM-DD`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected YYYY-MM-DD, got \(text)")
        }
        self = date
    }
}
