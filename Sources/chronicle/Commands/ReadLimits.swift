import ArgumentParser
import ChronicleKit

/// The size limits of reading, shared by the commands that read documents.
struct ReadLimits: ParsableArguments {
    @Option(name: .long, help: "Skip documents (and JSON lines) larger than this many bytes.")
    var maxDocumentBytes = DocumentReader.Options().maximumDocumentBytes

    @Option(name: .long, help: "Skip plain-text documents with a line longer than this many bytes (0: no limit).")
    var maxLineBytes = DocumentReader.Options().maximumLineBytes

    func validate() throws {
        if maxDocumentBytes < 1 { throw ValidationError("--max-document-bytes must be at least 1") }
        if maxLineBytes < 0 { throw ValidationError("--max-line-bytes must be 0 (no limit) or more") }
    }

    /// The reader's settings.
    var readerOptions: DocumentReader.Options {
        DocumentReader.Options(maximumDocumentBytes: maxDocumentBytes, maximumLineBytes: maxLineBytes)
    }
}
