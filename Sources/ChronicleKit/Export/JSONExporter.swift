import Foundation

/// Writes the whole chronology as JSON: documents, entities and events with their evidence.
///
/// Keys are sorted and dates are `YYYY-MM-DD` strings, so the output is stable and diffable. The
/// schema is the `Codable` form of ``Chronology``; see `docs/json-schema.md`.
public struct JSONExporter: ChronologyExporter {
    /// Creates an exporter.
    public init() {}

    public func export(_ chronology: Chronology, to output: inout some TextOutputStream) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(chronology)
        output.write(String(decoding: data, as: UTF8.self))
        output.write("\n")
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
