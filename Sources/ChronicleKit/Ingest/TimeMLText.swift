import Foundation

/// The `<TEXT>` part of a TimeML file, read from the raw bytes so it can be written back unchanged.
///
/// libxml2's tree (used by ``TimeMLReader`` for the creation time) decodes entity references and
/// forgets how they were written; annotating a file "byte-identical apart from the new tags" needs the
/// raw text. This scanner keeps three things: the raw content between `<TEXT>` and `</TEXT>` with all
/// tags removed (entity references kept as written), the decoded text the tagger reads, and a map from
/// decoded offsets back to raw ones. It also collects the `TIMEX3` tags the file already holds (gold).
public struct TimeMLText: Sendable {
    /// A TIMEX3 annotation already in the file.
    public struct Annotation: Sendable, Hashable {
        /// UTF-8 range in ``TimeMLText/text``, surrounding white space trimmed.
        public var range: TextRange
        /// Its attributes (`tid`, `type`, `value`, ...).
        public var attributes: [String: String]
    }

    /// The file before the content of `<TEXT>` (including the `<TEXT>` tag).
    public let prefix: String
    /// The file after the content of `<TEXT>` (from `</TEXT>` on).
    public let suffix: String
    /// The content with tags removed, entity references as written.
    public let raw: String
    /// The content with tags removed and entity references decoded: what is analyzed and scored.
    public let text: String
    /// The TIMEX3 annotations inside `<TEXT>`, in order.
    public let annotations: [Annotation]
    /// For each UTF-8 offset of `text` (and one past the end), the UTF-8 offset in `raw`.
    private let rawOffsets: [Int]

    /// Reads a TimeML file's text.
    /// - Returns: `nil` when the file has no `<TEXT>` element.
    public init?(file: String) {
        let bytes = Array(file.utf8)
        guard let open = Self.find(bytes, "<TEXT", from: 0),
            let openEnd = bytes[open...].firstIndex(of: UInt8(ascii: ">")),
            let close = Self.find(bytes, "</TEXT", from: openEnd)
        else { return nil }
        prefix = String(decoding: bytes[..<(openEnd + 1)], as: UTF8.self)
        suffix = String(decoding: bytes[close...], as: UTF8.self)
        var raw: [UInt8] = []
        var text: [UInt8] = []
        var offsets: [Int] = []
        var annotations: [Annotation] = []
        var openTimexes: [(start: Int, attributes: [String: String])] = []
        var index = openEnd + 1
        while index < close {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                let end = bytes[index..<close].firstIndex(of: UInt8(ascii: ">")) ?? close - 1
                let tag = String(decoding: bytes[index...end], as: UTF8.self)
                if tag.hasPrefix("<TIMEX3") {
                    let attributes = Self.attributes(of: tag)
                    if tag.hasSuffix("/>") {
                        // Empty TIMEX3s carry no text and are not scored.
                    } else {
                        openTimexes.append((text.count, attributes))
                    }
                } else if Self.isBreak(tag) {
                    // A sentence or paragraph boundary stays in the file and reads as a line break where the
                    // file has no space (mapped to before the tag, so a TIMEX3 ending there closes inside it).
                    if let last = text.last, !Self.isSpace(last) {
                        offsets.append(raw.count)
                        text.append(0x0A)
                    }
                    raw.append(contentsOf: bytes[index...end])
                } else if tag.hasPrefix("</TIMEX3"), let started = openTimexes.popLast() {
                    var range = TextRange(start: started.start, end: text.count)
                    while range.start < range.end, Self.isSpace(text[range.start]) { range.start += 1 }
                    while range.end > range.start, Self.isSpace(text[range.end - 1]) { range.end -= 1 }
                    if range.length > 0 { annotations.append(Annotation(range: range, attributes: started.attributes)) }
                }
                index = end + 1
                continue
            }
            if byte == UInt8(ascii: "&"),
                let semicolon = bytes[index..<min(close, index + 12)].firstIndex(of: UInt8(ascii: ";")),
                let decoded = Self.decodeReference(String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self))
            {
                for unit in decoded.utf8 {
                    offsets.append(raw.count)
                    text.append(unit)
                }
                raw.append(contentsOf: bytes[index...semicolon])
                index = semicolon + 1
                continue
            }
            offsets.append(raw.count)
            text.append(byte)
            raw.append(byte)
            index += 1
        }
        offsets.append(raw.count)
        self.raw = String(decoding: raw, as: UTF8.self)
        self.text = String(decoding: text, as: UTF8.self)
        self.annotations = annotations
        rawOffsets = offsets
    }

    /// The raw content with TIMEX3 tags inserted for `expressions` (ranges in ``text``), ids from `t1`.
    public func annotated(with expressions: [TimeExpression]) -> String {
        var result: [UInt8] = []
        let raw = Array(self.raw.utf8)
        var cursor = 0
        var id = 1
        for expression in expressions.sorted(by: { $0.range < $1.range }) {
            let start = rawOffsets[expression.range.start]
            let end = rawOffsets[expression.range.end]
            guard start >= cursor else { continue }  // overlapping tags cannot nest; keep the first
            result.append(contentsOf: raw[cursor..<start])
            var tag =
                "<TIMEX3 tid=\"t\(id)\" type=\"\(expression.kind.rawValue)\" value=\"\(Self.escape(expression.value))\""
            if let modifier = expression.modifier { tag += " mod=\"\(modifier.rawValue)\"" }
            tag += ">"
            result.append(contentsOf: tag.utf8)
            result.append(contentsOf: raw[start..<end])
            result.append(contentsOf: "</TIMEX3>".utf8)
            cursor = end
            id += 1
        }
        result.append(contentsOf: raw[cursor...])
        return prefix + String(decoding: result, as: UTF8.self) + suffix
    }

    // MARK: - Helpers

    /// Elements inside `<TEXT>` whose edges separate words even where the file has no space.
    static let breakingElements: Set<String> = ["s", "p", "turn"]

    /// Whether a tag opens or closes one of ``breakingElements`` (`<s>`, `</s>`, `<s id="1">`).
    private static func isBreak(_ tag: String) -> Bool {
        let name = tag.dropFirst(tag.hasPrefix("</") ? 2 : 1).prefix { $0 != ">" && $0 != " " && $0 != "/" }
        return breakingElements.contains(name.lowercased())
    }

    private static func find(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0] && Array(bytes[index..<(index + pattern.count)]) == pattern { return index }
            index += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13
    }

    /// `name="value"` pairs of a start tag.
    static func attributes(of tag: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(tag)
        while let equals = rest.firstIndex(of: "=") {
            let name =
                rest[..<equals].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).last.map(String.init)
                ?? ""
            var after = rest[rest.index(after: equals)...].drop { $0 == " " }
            guard let quote = after.first, quote == "\"" || quote == "'" else { break }
            after = after.dropFirst()
            guard let closing = after.firstIndex(of: quote) else { break }
            result[name] = decodeEntities(String(after[..<closing]))
            rest = after[after.index(after: closing)...]
        }
        return result
    }

    private static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            if let semicolon = rest[amp...].firstIndex(of: ";"),
                let decoded = decodeReference(String(rest[rest.index(after: amp)..<semicolon]))
            {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
            }
        }
        return result + rest
    }

    /// The character an entity reference (`amp`, `#233`, `#xE9`) stands for.
    static func decodeReference(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value =
                digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }

    private static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
