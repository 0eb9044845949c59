import Foundation

/// Reads JSON Lines corpora: one object per line with `text` and optionally `id`, `date`, `title`,
/// `publisher` (or `source`), the format of `corpus-to-jsonl`.
public struct JSONLinesParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses one line.
    /// - Parameters:
    ///   - line: the line's text.
    ///   - number: its 1-based line number, used for the default id and in errors.
    ///   - path: the file, for errors and the document's source.
    /// - Returns: the document, or `nil` for a blank line.
    /// - Throws: ``IngestError/invalidJSONLine(path:line:reason:)``.
    public func document(line: Substring, number: Int, path: String) throws(IngestError) -> Document? {
        if line.allSatisfy(\.isWhitespace) { return nil }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
        } catch {
            throw .invalidJSONLine(path: path, line: number, reason: "not valid JSON")
        }
        guard let fields = object as? [String: Any] else {
            throw .invalidJSONLine(path: path, line: number, reason: "expected a JSON object")
        }
        guard let text = fields["text"] as? String else {
            throw .invalidJSONLine(path: path, line: number, reason: "missing the \"text\" string")
        }
        if text.allSatisfy(\.isWhitespace) {
            throw .invalidJSONLine(path: path, line: number, reason: "empty \"text\"")
        }
        let id: String
        switch fields["id"] {
        case let string as String where !string.isEmpty: id = string
        case let number as NSNumber: id = number.stringValue
        default: id = "\(Self.baseName(path))#\(number)"
        }
        let date = (fields["date"] as? String).flatMap { PlainTextParser.parseDate($0) }
        let title = (fields["title"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        let publisher = (fields["publisher"] as? String ?? fields["source"] as? String).flatMap {
            $0.isEmpty ? nil : $0
        }
        return Document(
            id: id, source: "\(path):\(number)", title: title, publisher: publisher, published: date, text: text)
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
