/// Why an input could not be read as a document. Each case names the input.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path does not exist.
    case missing(path: String)
    /// The file could not be read (permissions, a device, ...).
    case unreadable(path: String, reason: String)
    /// The file has no text.
    case empty(path: String)
    /// The file holds binary data, not text.
    case binary(path: String)
    /// The bytes are neither UTF-8, UTF-16 nor Windows-1252 (or a TimeML file is not UTF-8).
    case invalidEncoding(path: String, byteOffset: Int)
    /// The file is larger than the configured limit.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A file marked as UTF-16 ends in the middle of a character or holds half a surrogate pair.
    case invalidUTF16(path: String, byteOffset: Int)
    /// A plain-text file has a line longer than the configured limit.
    case lineTooLong(path: String, line: Int, limit: Int)
    /// An HTML or XML file that yields no document or no visible text.
    case malformedMarkup(path: String, line: Int, message: String)
    /// A line of a JSON Lines file is not a JSON object with a `text` field.
    case invalidJSONLine(path: String, line: Int, reason: String)
    /// A folder was given but holds no file Chronicle can read.
    case noDocuments(path: String)

    /// The input the error is about.
    public var path: String {
        switch self {
        case .missing(let path), .unreadable(let path, _), .empty(let path), .binary(let path),
            .invalidEncoding(let path, _), .invalidUTF16(let path, _), .tooLarge(let path, _, _),
            .lineTooLong(let path, _, _), .malformedMarkup(let path, _, _),
            .invalidJSONLine(let path, _, _), .noDocuments(let path):
            return path
        }
    }

    /// One line naming the input and the problem.
    public var description: String {
        switch self {
        case .missing(let path): return "\(path): no such file or folder"
        case .unreadable(let path, let reason): return "\(path): cannot be read (\(reason))"
        case .empty(let path): return "\(path): empty document, nothing to read"
        case .binary(let path): return "\(path): binary file, not text (skipped)"
        case .invalidEncoding(let path, let offset):
            return
                "\(path): not valid UTF-8 nor Windows-1252 (first bad byte at offset \(offset)); convert it to UTF-8 first"
        case .invalidUTF16(let path, let offset):
            return "\(path): broken UTF-16 (a character cut short at byte offset \(offset)); convert it to UTF-8 first"
        case .tooLarge(let path, let bytes, let limit):
            return
                "\(path): \(bytes) bytes or more, over the \(limit)-byte document limit (skipped; see --max-document-bytes)"
        case .lineTooLong(let path, let line, let limit):
            return "\(path):\(line): line is over the \(limit)-byte line limit (skipped; see --max-line-bytes)"
        case .malformedMarkup(let path, let line, let message): return "\(path):\(line): \(message)"
        case .invalidJSONLine(let path, let line, let reason): return "\(path):\(line): \(reason)"
        case .noDocuments(let path): return "\(path): folder holds no .txt, .html, .xml, .tml or .jsonl file"
        }
    }
}
