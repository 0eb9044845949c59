internal import CLibXML2
import Foundation

/// Writes an XML document through libxml2's `xmlTextWriter`, which escapes text and attributes.
///
/// The C writer lives only inside ``XMLWriter/document(indent:_:)``, so it is always freed.
struct XMLWriter {
    private let writer: xmlTextWriterPtr

    private init(writer: xmlTextWriterPtr) {
        self.writer = writer
    }

    /// Runs `body` with a writer and returns the UTF-8 document it wrote.
    static func document(indent: Bool = true, _ body: (XMLWriter) throws -> Void) throws -> String {
        _ = LibXML.ready
        guard let buffer = xmlBufferCreate() else { throw ExportError.xmlWriter("cannot allocate a buffer") }
        defer { xmlBufferFree(buffer) }
        guard let pointer = xmlNewTextWriterMemory(buffer, 0) else {
            throw ExportError.xmlWriter("cannot create the writer")
        }
        var freed = false
        defer { if !freed { xmlFreeTextWriter(pointer) } }
        let writer = XMLWriter(writer: pointer)
        if indent {
            xmlTextWriterSetIndent(pointer, 1)
            xmlTextWriterSetIndentString(pointer, "  ")
        }
        try writer.check(xmlTextWriterStartDocument(pointer, "1.0", "UTF-8", nil), "start document")
        try body(writer)
        try writer.check(xmlTextWriterEndDocument(pointer), "end document")
        xmlFreeTextWriter(pointer)  // flushes into the buffer
        freed = true
        guard let content = xmlBufferContent(buffer) else { return "" }
        return LibXML.string(content) ?? ""
    }

    /// Opens an element.
    func start(_ name: String) throws {
        try check(xmlTextWriterStartElement(writer, name), "start <\(name)>")
    }

    /// Closes the innermost open element.
    func end() throws {
        try check(xmlTextWriterEndElement(writer), "end element")
    }

    /// Writes an attribute of the open element.
    func attribute(_ name: String, _ value: String) throws {
        try check(xmlTextWriterWriteAttribute(writer, name, Self.clean(value)), "attribute \(name)")
    }

    /// Writes an element holding only text: `<name attr="...">text</name>`.
    func element(_ name: String, attributes: [(String, String)] = [], text: String) throws {
        try start(name)
        for (key, value) in attributes { try attribute(key, value) }
        try check(xmlTextWriterWriteString(writer, Self.clean(text)), "text of <\(name)>")
        try end()
    }

    /// Writes an XML comment.
    func comment(_ text: String) throws {
        try check(xmlTextWriterWriteComment(writer, Self.clean(text).replacingDoubleHyphens()), "comment")
    }

    private func check(_ status: Int32, _ what: String) throws {
        if status < 0 { throw ExportError.xmlWriter(what) }
    }

    /// Drops the characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return,
    /// U+FFFE, U+FFFF).
    static func clean(_ text: String) -> String {
        guard
            text.unicodeScalars.contains(where: {
                ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") || $0.value == 0xFFFE || $0.value == 0xFFFF
            })
        else {
            return text
        }
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
