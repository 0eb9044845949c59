/// One input to read: a file with its format, or standard input.
public struct InputFile: Sendable, Hashable {
    /// The formats Chronicle reads.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// Plain text with optional header lines.
        case text
        /// An HTML page.
        case html
        /// A TimeML document (`.tml`, or `.xml` with a `<TimeML>` root).
        case timeML
        /// One JSON object per line.
        case jsonLines

        /// The format a file extension stands for, if Chronicle reads it.
        public init?(extension ext: String) {
            switch ext.lowercased() {
            case "txt", "text": self = .text
            case "html", "htm", "xhtml": self = .html
            case "tml", "xml": self = .timeML
            case "jsonl", "ndjson": self = .jsonLines
            default: return nil
            }
        }
    }

    /// The path as given (`-` for standard input).
    public var path: String
    /// The document id: the file name, or a longer relative path when two inputs share a name.
    public var id: String
    /// How to read it; `nil` for standard input, which is sniffed.
    public var format: Format?

    /// Creates an input.
    public init(path: String, id: String, format: Format?) {
        self.path = path
        self.id = id
        self.format = format
    }

    /// Whether this is standard input.
    public var isStandardInput: Bool { path == "-" }
}
