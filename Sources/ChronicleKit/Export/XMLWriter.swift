internal import CLibXML2
import Foundation

/// Writes an XML document through libxml2's `xmlTextWriter`, which escapes text and attributes.
///
/// The C writer lives only inside ``XMLWriter/stream(to:indent:_:)``, so it is always freed.
struct XMLWriter {
    private let writer: xmlTextWriterPtr
    /// Where a streaming writer's bytes go; `nil` for a fragment written to memory.
    private let sink: ChunkSink?

    private init(writer: xmlTextWriterPtr, sink: ChunkSink? = nil) {
        self.writer = writer
        self.sink = sink
    }

    /// Runs `body` with a writer whose output goes to `output` in chunks as libxml2 produces them, so
    /// that a large document is never held whole. A ``FileOutput`` takes the bytes as they are; any
    /// other stream takes them as text.
    static func stream<Output: TextOutputStream>(
        to output: inout Output, indent: Bool = true, _ body: (XMLWriter) throws -> Void
    ) throws {
        if var file = output as? FileOutput {
            // Written into a copy, handed back whatever happens (what was written stays written).
            defer { output = file as! Output }
            try withoutActuallyEscaping({ (bytes: UnsafeRawBufferPointer) in file.write(bytes: bytes) }) {
                try stream(into: ChunkSink(target: .bytes($0)), indent: indent, body)
            }
            return
        }
        try withoutActuallyEscaping({ (text: String) in output.write(text) }) { emit in
            try stream(into: ChunkSink(target: .text(emit)), indent: indent, body)
        }
    }

    private static func stream(into sink: ChunkSink, indent: Bool, _ body: (XMLWriter) throws -> Void) throws {
        _ = LibXML.ready
        let context = Unmanaged.passUnretained(sink).toOpaque()
        guard let buffer = xmlOutputBufferCreateIO(ChunkSink.write, nil, context, nil) else {
            throw ExportError.xmlWriter("cannot allocate an output buffer")
        }
        // The writer owns the buffer from here: freeing the writer flushes and frees it.
        guard let pointer = xmlNewTextWriter(buffer) else {
            _ = xmlOutputBufferClose(buffer)
            throw ExportError.xmlWriter("cannot create the writer")
        }
        var freed = false
        defer { if !freed { xmlFreeTextWriter(pointer) } }
        let writer = XMLWriter(writer: pointer, sink: sink)
        if indent {
            xmlTextWriterSetIndent(pointer, 1)
            xmlTextWriterSetIndentString(pointer, "  ")
        }
        try writer.check(xmlTextWriterStartDocument(pointer, "1.0", "UTF-8", nil), "start document")
        try body(writer)
        try writer.check(xmlTextWriterEndDocument(pointer), "end document")
        xmlFreeTextWriter(pointer)  // flushes into the sink
        freed = true
        sink.finish()
        withExtendedLifetime(sink) {}
    }

    /// Writes `fragment`, made by ``fragment(depth:indent:_:)``, straight to the output after everything
    /// written so far. Libxml2 does not see it, so its indentation of what follows is unchanged (its own
    /// raw writes would switch indentation off). The open element must already have a child written
    /// (its start tag closed), or the inserted text would land inside that tag.
    func insert(_ fragment: [UInt8]) throws {
        guard let sink else { throw ExportError.xmlWriter("insert into a fragment") }
        try check(xmlTextWriterFlush(writer), "flush")
        sink.finish()
        fragment.withUnsafeBytes { sink.emit($0) }
    }

    /// The elements `body` writes, indented as children `depth` levels down, as UTF-8 bytes for
    /// ``insert(_:)`` (kept as bytes: a fragment goes to a file as it is, and a GraphML export makes
    /// 139 MB of them on Reuters); several fragments may be made on different threads at once. `body` must
    /// start with an element, not text (the cut below assumes the parents' start tags are closed by one).
    static func fragment(depth: Int, indent: Bool = true, _ body: (XMLWriter) throws -> Void) throws -> [UInt8] {
        _ = LibXML.ready
        guard let buffer = xmlBufferCreate() else { throw ExportError.xmlWriter("cannot allocate a buffer") }
        defer { xmlBufferFree(buffer) }
        guard let pointer = xmlNewTextWriterMemory(buffer, 0) else {
            throw ExportError.xmlWriter("cannot create the writer")
        }
        defer { xmlFreeTextWriter(pointer) }
        let writer = XMLWriter(writer: pointer)
        if indent {
            xmlTextWriterSetIndent(pointer, 1)
            xmlTextWriterSetIndentString(pointer, "  ")
        }
        // Open parents that are never closed give the children their depth; the text they leave
        // (`<p>\n  <p`, then `>\n` once a child starts) is cut off.
        // Declared UTF-8 like the stream, so attributes keep non-ASCII letters unescaped as there.
        try writer.check(xmlTextWriterStartDocument(pointer, "1.0", "UTF-8", nil), "start document")
        for _ in 0..<depth { try writer.start("p") }
        try writer.check(xmlTextWriterFlush(pointer), "flush")
        let parents = Int(xmlBufferLength(buffer))
        try body(writer)
        try writer.check(xmlTextWriterFlush(pointer), "flush")
        let length = Int(xmlBufferLength(buffer))
        let cut = depth > 0 ? parents + (indent ? 2 : 1) : parents
        guard length > cut, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content + cut, count: length - cut))
    }

    /// Receives libxml2's output bytes and hands them on, as they are or as text (never splitting a
    /// UTF-8 sequence).
    private final class ChunkSink {
        enum Target {
            case bytes((UnsafeRawBufferPointer) -> Void)
            case text((String) -> Void)
        }

        let target: Target
        private var pending: [UInt8] = []

        init(target: Target) {
            self.target = target
        }

        static let write: xmlOutputWriteCallback = { context, bytes, length in
            guard let context, let bytes, length > 0 else { return length }
            let sink = Unmanaged<ChunkSink>.fromOpaque(context).takeUnretainedValue()
            sink.accept(UnsafeRawBufferPointer(start: bytes, count: Int(length)))
            return length
        }

        func accept(_ bytes: UnsafeRawBufferPointer) {
            guard case .text(let emit) = target else {
                if case .bytes(let emit) = target { emit(bytes) }
                return
            }
            pending.append(contentsOf: bytes)
            // Keep back a multi-byte character cut at the end of the chunk.
            var end = pending.count
            var back = 0
            while back < 4, end > 0, pending[end - 1] & 0xC0 == 0x80 {
                end -= 1
                back += 1
            }
            if end > 0, pending[end - 1] >= 0xC0 {
                let lead = pending[end - 1]
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                end = back + 1 >= length ? pending.count : end - 1
            } else {
                end = pending.count
            }
            guard end > 0 else { return }
            emit(String(decoding: pending[..<end], as: UTF8.self))
            pending.removeFirst(end)
        }

        func finish() {
            if !pending.isEmpty, case .text(let emit) = target { emit(String(decoding: pending, as: UTF8.self)) }
            pending.removeAll()
        }

        /// Hands on whole UTF-8 text written around libxml2.
        func emit(_ bytes: UnsafeRawBufferPointer) {
            switch target {
            case .text(let emit):
                emit(String(decoding: bytes, as: UTF8.self))
            case .bytes(let emit):
                emit(bytes)
            }
        }
    }

    /// Opens an element.
    func start(_ name: StaticString) throws {
        try check(xmlTextWriterStartElement(writer, Self.pointer(name)), "start <\(name)>")
    }

    func end() throws {
        try check(xmlTextWriterEndElement(writer), "end element")
    }

    func attribute(_ name: StaticString, _ value: String) throws {
        let status = Self.clean(value).withCString { text in
            text.withMemoryRebound(to: xmlChar.self, capacity: 1) {
                xmlTextWriterWriteAttribute(writer, Self.pointer(name), $0)
            }
        }
        try check(status, "attribute \(name)")
    }

    /// `<name attribute="value">text</name>`.
    func element(_ name: StaticString, attribute: (name: StaticString, value: String)? = nil, text: String) throws {
        try start(name)
        // One attribute at most, passed inline: GraphML writes a million `<data key="...">` elements, and an
        // array of attributes would be allocated for each.
        if let attribute { try self.attribute(attribute.name, attribute.value) }
        let status = Self.clean(text).withCString { text in
            text.withMemoryRebound(to: xmlChar.self, capacity: 1) { xmlTextWriterWriteString(writer, $0) }
        }
        try check(status, "text of <\(name)>")
        try end()
    }

    func comment(_ text: String) throws {
        try check(xmlTextWriterWriteComment(writer, Self.clean(text).replacingDoubleHyphens()), "comment")
    }

    private func check(_ status: Int32, _ what: @autoclosure () -> String) throws {
        if status < 0 { throw ExportError.xmlWriter(what()) }
    }

    /// A literal name as libxml2 takes it, without copying (literals are stored NUL-terminated).
    private static func pointer(_ name: StaticString) -> UnsafePointer<xmlChar> {
        precondition(name.hasPointerRepresentation, "element and attribute names are string literals")
        return name.utf8Start
    }

    /// The text without the characters XML 1.0 forbids (C0 controls other than tab, line feed and
    /// carriage return, U+FFFE and U+FFFF); checked byte by byte, as almost every text has none.
    static func clean(_ text: String) -> String {
        var text = text
        let hasForbidden = text.withUTF8 { bytes in
            bytes.indices.contains { index in
                let byte = bytes[index]
                if byte < 0x20 { return byte != 0x09 && byte != 0x0A && byte != 0x0D }
                return byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF
                    && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
            }
        }
        guard hasForbidden else { return text }
        var result = ""
        result.unicodeScalars.append(
            contentsOf: text.unicodeScalars.filter {
                !(($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") || $0.value == 0xFFFE
                    || $0.value == 0xFFFF)
            })
        return result
    }
}

extension String {
    /// The text with `--` broken up, which XML comments may not contain.
    fileprivate func replacingDoubleHyphens() -> String {
        var result = self
        while result.contains("--") { result = result.replacingOccurrences(of: "--", with: "- -") }
        return result.hasSuffix("-") ? result + " " : result
    }
}
