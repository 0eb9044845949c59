import Foundation

/// Reads inputs into documents one at a time, so that a corpus never has to sit in memory whole.
public struct DocumentReader: Sendable {
    /// Settings of the reader.
    public struct Options: Sendable, Hashable {
        /// A document (or a JSON line) larger than this is skipped with an error.
        public var maximumDocumentBytes: Int

        /// Creates options.
        public init(maximumDocumentBytes: Int = 20 * 1024 * 1024) {
            self.maximumDocumentBytes = maximumDocumentBytes
        }
    }

    /// The settings.
    public var options: Options

    /// Creates a reader.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads one input, handing each document (or the error that stopped it) to `emit` in order.
    ///
    /// A JSON Lines file yields one result per non-blank line; a bad line does not stop the others.
    /// - Parameters:
    ///   - input: the input.
    ///   - emit: called once per document or error.
    public func read(_ input: InputFile, _ emit: (Result<Document, IngestError>) throws -> Void) rethrows {
        if input.format == .jsonLines {
            try readJSONLines(input, emit)
            return
        }
        let bytes: [UInt8]
        do {
            bytes = try load(input)
        } catch let error as IngestError {
            try emit(.failure(error))
            return
        } catch {
            try emit(.failure(.unreadable(path: input.path, reason: "\(error)")))
            return
        }
        let format = input.format ?? Self.sniff(bytes)
        if format == .jsonLines {
            try emitJSONLines(bytes, input, emit)
            return
        }
        try emit(Result { () throws(IngestError) in try document(bytes: bytes, format: format, input: input) })
    }

    /// Parses one file's bytes.
    public func document(bytes: [UInt8], format: InputFile.Format, input: InputFile) throws(IngestError) -> Document {
        let path = input.isStandardInput ? "<stdin>" : input.path
        if bytes.isEmpty { throw .empty(path: path) }
        if bytes.count > options.maximumDocumentBytes {
            throw .tooLarge(path: path, bytes: bytes.count, limit: options.maximumDocumentBytes)
        }
        switch format {
        case .text:
            let text = try TextDecoder().decode(bytes, path: path)
            return PlainTextParser().document(text: text, id: input.id, source: path)
        case .html:
            _ = try TextDecoder().decode(bytes, path: path)
            return try HTMLReader().document(bytes: bytes, id: input.id, path: path)
        case .timeML:
            _ = try TextDecoder().decode(bytes, path: path)
            return try TimeMLReader().document(bytes: bytes, id: input.id, path: path)
        case .jsonLines:
            throw .unreadable(path: path, reason: "JSON Lines hold many documents; read them with read(_:_:)")
        }
    }

    // MARK: - Helpers

    private func load(_ input: InputFile) throws -> [UInt8] {
        if input.isStandardInput {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        guard FileManager.default.isReadableFile(atPath: input.path) else {
            throw IngestError.unreadable(path: input.path, reason: "permission denied")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: input.path)
        if let size = attributes?[.size] as? Int, size > options.maximumDocumentBytes {
            throw IngestError.tooLarge(path: input.path, bytes: size, limit: options.maximumDocumentBytes)
        }
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: input.path)))
    }

    /// Guesses the format of standard input from its first bytes.
    static func sniff(_ bytes: [UInt8]) -> InputFile.Format {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if head.hasPrefix("{") { return .jsonLines }
        if head.hasPrefix("<") {
            let lower = head.lowercased()
            return lower.contains("<timeml") || lower.contains("<dct") ? .timeML : .html
        }
        return .text
    }

    private func readJSONLines(_ input: InputFile, _ emit: (Result<Document, IngestError>) throws -> Void) rethrows {
        guard let file = fopen(input.path, "rb") else {
            try emit(
                .failure(
                    FileManager.default.fileExists(atPath: input.path)
                        ? .unreadable(path: input.path, reason: "permission denied") : .missing(path: input.path)))
            return
        }
        defer { fclose(file) }
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        var number = 0
        var sawDocument = false
        while true {
            let length = getline(&buffer, &capacity, file)
            if length < 0 { break }
            number += 1
            guard let buffer else { break }
            let bytes = UnsafeRawBufferPointer(start: buffer, count: length)
            try emitLine(bytes, number: number, input: input, sawDocument: &sawDocument, emit)
        }
        if !sawDocument && number <= 1 {
            try emit(.failure(.empty(path: input.path)))
        }
    }

    private func emitJSONLines(
        _ bytes: [UInt8], _ input: InputFile, _ emit: (Result<Document, IngestError>) throws -> Void
    ) rethrows {
        var sawDocument = false
        var number = 0
        for line in bytes.split(separator: 10, omittingEmptySubsequences: false) {
            number += 1
            try line.withUnsafeBytes { try emitLine($0, number: number, input: input, sawDocument: &sawDocument, emit) }
        }
    }

    private func emitLine(
        _ bytes: UnsafeRawBufferPointer, number: Int, input: InputFile, sawDocument: inout Bool,
        _ emit: (Result<Document, IngestError>) throws -> Void
    ) rethrows {
        let path = input.isStandardInput ? "<stdin>" : input.path
        if bytes.count > options.maximumDocumentBytes {
            try emit(
                .failure(
                    .invalidJSONLine(
                        path: path, line: number, reason: "line over \(options.maximumDocumentBytes) bytes")))
            return
        }
        guard let line = String(validating: bytes, as: UTF8.self) else {
            try emit(.failure(.invalidJSONLine(path: path, line: number, reason: "not valid UTF-8")))
            return
        }
        let parsed = Result { () throws(IngestError) in
            try JSONLinesParser().document(line: Substring(line), number: number, path: path)
        }
        switch parsed {
        case .success(let document?):
            sawDocument = true
            try emit(.success(document))
        case .success(nil):
            break
        case .failure(let error):
            try emit(.failure(error))
        }
    }
}
