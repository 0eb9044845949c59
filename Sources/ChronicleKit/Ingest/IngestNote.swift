/// Something the user should know about an input that was read all the same.
public struct IngestNote: Sendable, Hashable, CustomStringConvertible {
    /// The input the note is about.
    public var path: String
    /// What happened.
    public var message: String

    /// Creates a note.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// The note for a document whose file was not UTF-8.
    public static func decoded(_ document: Document) -> IngestNote? {
        guard let encoding = document.sourceEncoding else { return nil }
        return IngestNote(path: document.source, message: "not UTF-8; read as \(encoding)")
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
