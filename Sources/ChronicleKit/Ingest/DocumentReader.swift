import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads inputs into documents one at a time, so that a corpus never has to sit in memory whole.
public struct DocumentReader: Sendable {
    /// Settings of the reader.
    public struct Options: Sendable, Hashable {
        /// A document (or a JSON line) larger than this is skipped with an error.
        public var maximumDocumentBytes: Int
        /// A plain-text document with a line longer than this is skipped with an error (0: no limit).
        /// Scraped pages that lost their line breaks are rarely worth reading.
        public var maximumLineBytes: Int

        /// Creates options.
        public init(maximumDocumentBytes: Int = 20 * 1024 * 1024, maximumLineBytes: Int = 1024 * 1024) {
            self.maximumDocumentBytes = maximumDocumentBytes
            self.maximumLineBytes = maximumLineBytes
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
        } catch {
            try emit(.failure(error))
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
        let decoded = try TextDecoder().decode(bytes, path: path)
        var document: Document
        switch format {
        case .text:
            if options.maximumLineBytes > 0, let line = Self.firstLine(in: bytes, longerThan: options.maximumLineBytes)
            {
                throw .lineTooLong(path: path, line: line, limit: options.maximumLineBytes)
            }
            document = PlainTextParser().document(text: decoded.text, id: input.id, source: path)
        case .html:
            let utf8 = decoded.encoding == nil ? bytes : Array(decoded.text.utf8)
            document = try HTMLReader().document(bytes: utf8, id: input.id, path: path)
        case .timeML:
            if decoded.transcodedBytes > 0 {
                // XML declares its own encoding; a TimeML file is read only as UTF-8 or UTF-16.
                throw .invalidEncoding(path: path, byteOffset: TextDecoder.firstInvalidByte(in: bytes[...]))
            }
            document = try TimeMLReader().document(bytes: bytes, id: input.id, path: path)
        case .jsonLines:
            throw .unreadable(path: path, reason: "JSON Lines hold many documents; read them with read(_:_:)")
        }
        document.sourceEncoding = decoded.encoding
        return document
    }

    // MARK: - Helpers

    private func load(_ input: InputFile) throws(IngestError) -> [UInt8] {
        if input.isStandardInput {
            guard let standardInput = fdopen(dup(0), "rb") else {
                throw .unreadable(path: "<stdin>", reason: String(cString: strerror(errno)))
            }
            defer { fclose(standardInput) }
            return try readAll(standardInput, path: "<stdin>")
        }
        var status = stat()
        if stat(input.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            Int(status.st_size) > options.maximumDocumentBytes
        {
            throw .tooLarge(path: input.path, bytes: Int(status.st_size), limit: options.maximumDocumentBytes)
        }
        let file = try Self.open(input.path)
        defer { fclose(file) }
        return try readAll(file, path: input.path)
    }

    /// Opens a file for reading; a failure names the file and gives the system's reason.
    private static func open(_ path: String) throws(IngestError) -> UnsafeMutablePointer<FILE> {
        guard let file = fopen(path, "rb") else {
            let reason = String(cString: strerror(errno))
            throw errno == ENOENT ? .missing(path: path) : .unreadable(path: path, reason: reason)
        }
        return file
    }

    /// Reads a stream to its end, but never more than the document limit, so that a device or a pipe
    /// that never ends is refused rather than read into memory.
    private func readAll(_ file: UnsafeMutablePointer<FILE>, path: String) throws(IngestError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > options.maximumDocumentBytes {
                throw .tooLarge(path: path, bytes: bytes.count, limit: options.maximumDocumentBytes)
            }
            if count < chunk.count {
                if ferror(file) != 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
                return bytes
            }
        }
    }

    /// The number of the first line longer than `limit` bytes, if any.
    static func firstLine(in bytes: [UInt8], longerThan limit: Int) -> Int? {
        guard bytes.count > limit else { return nil }
        var line = 1
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == 10 || byte == 13 {
            if offset - start > limit { return line }
            if byte == 10 { line += 1 }
            start = offset + 1
        }
        return bytes.count - start > limit ? line : nil
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
        let file: UnsafeMutablePointer<FILE>
        do {
            file = try Self.open(input.path)
        } catch {
            try emit(.failure(error))
            return
        }
        defer { fclose(file) }
        var number = 0
        var sawDocument = false
        // Lines are cut from fixed-size reads; a line over the document limit is never held whole, only
        // skipped to its end and reported.
        var line: [UInt8] = []
        var oversized = false
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        func finishLine() throws {
            number += 1
            if oversized {
                try emit(
                    .failure(
                        .invalidJSONLine(
                            path: input.path, line: number, reason: "line over \(options.maximumDocumentBytes) bytes")))
            } else {
                try line.withUnsafeBytes {
                    try emitLine($0, number: number, input: input, sawDocument: &sawDocument, emit)
                }
            }
            line.removeAll(keepingCapacity: line.count < 1 << 20)
            oversized = false
        }
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 { break }
            var start = 0
            while start < count {
                let newline = chunk[start..<count].firstIndex(of: 10)
                let end = newline ?? count
                if !oversized {
                    if line.count + (end - start) > options.maximumDocumentBytes {
                        oversized = true
                        line.removeAll()
                    } else {
                        line.append(contentsOf: chunk[start..<end])
                    }
                }
                guard let newline else { break }
                try finishLine()
                start = newline + 1
            }
        }
        if !line.isEmpty || oversized { try finishLine() }
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
