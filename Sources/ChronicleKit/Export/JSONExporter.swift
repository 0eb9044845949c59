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
    private func array<Elements: RandomAccessCollection & Sendable>(
        _ key: String, _ elements: Elements, _ encoder: JSONEncoder, _ output: inout some TextOutputStream
    ) throws where Elements.Element: Encodable, Elements.Index == Int {
        output.write("  \"\(key)\" : [")
        guard !elements.isEmpty else {
            output.write("\n\n  ]")
            return
        }
        // Blocks of elements are encoded across the cores, then written in order.
        let blockSize = 256
        let lanes = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let formatting = encoder.outputFormatting
        var blockStart = 0
        while blockStart < elements.count {
            let block = blockStart..<min(blockStart + blockSize, elements.count)
            var texts = [Result<String, any Error>?](repeating: nil, count: block.count)
            texts.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let slots = buffer
                DispatchQueue.concurrentPerform(iterations: min(lanes, block.count)) { lane in
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = formatting
                    var offset = lane
                    while offset < block.count {
                        slots[offset] = Result {
                            Self.indented(try encoder.encode(elements[block.lowerBound + offset]))
                        }
                        offset += lanes
                    }
                }
            }
            for (offset, text) in texts.enumerated() {
                output.write(blockStart + offset == 0 ? "\n" : ",\n")
                output.write(try text!.get())
            }
            blockStart += blockSize
        }
        output.write("\n  ]")
    }

    /// The encoded element with four spaces before every line that is not empty (Foundation writes an
    /// empty array as `[` and `]` with an empty line between).
    private static func indented(_ data: Data) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(data.count + data.count / 8)
        var atLineStart = true
        for byte in data {
            if atLineStart && byte != 0x0A { bytes.append(contentsOf: "    ".utf8) }
            bytes.append(byte)
            atLineStart = byte == 0x0A
        }
        return String(decoding: bytes, as: UTF8.self)
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
