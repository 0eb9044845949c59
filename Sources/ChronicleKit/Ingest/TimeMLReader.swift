internal import CLibXML2

/// Reads TimeML documents: the creation time from `<DCT>` and the text inside `<TEXT>`, tags removed.
///
/// Parsed with libxml2 without network access, DTD loading or entity substitution beyond the
/// predefined XML entities, so a crafted file cannot reach outside itself.
public struct TimeMLReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Builds a document from a TimeML file.
    /// - Throws: ``IngestError/malformedMarkup(path:line:message:)`` for XML that is not well formed or has no `<TEXT>`.
    public func document(bytes: [UInt8], id: String, path: String) throws(IngestError) -> Document {
        _ = LibXML.ready
        // TimeML needs no entity declarations; a file that brings its own could expand without bound
        // ("billion laughs") or point outside itself, so it is refused before libxml2 sees it.
        if Self.declaresEntities(bytes) {
            throw .malformedMarkup(
                path: path, line: 1, message: "XML declares its own entities (<!ENTITY>); refused for safety")
        }
        guard let context = xmlNewParserCtxt() else { throw .unreadable(path: path, reason: "out of memory") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(clamping: chars.count), path, nil, options)
            }
        }
        guard let tree = parsed else {
            let error = LibXML.lastError(context)
            throw .malformedMarkup(
                path: path, line: error?.line ?? 1, message: "not well-formed XML: \(error?.message ?? "no document")")
        }
        defer { xmlFreeDoc(tree) }
        guard let root = xmlDocGetRootElement(tree) else {
            throw .malformedMarkup(path: path, line: 1, message: "XML document has no root element")
        }
        var textNode: xmlNodePtr?
        var creationTime: String?
        var title: String?
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            switch LibXML.name(node) {
            case "text" where textNode == nil: textNode = node
            case "dct": creationTime = Self.firstTimexValue(node) ?? creationTime
            case "title" where title == nil: title = LibXML.take(xmlNodeGetContent(node))
            default:
                var child = node.pointee.children
                while let current = child {
                    stack.append(current)
                    child = current.pointee.next
                }
            }
        }
        guard let textNode else {
            throw .malformedMarkup(
                path: path, line: Int(xmlGetLineNo(root)), message: "TimeML document has no <TEXT> element")
        }
        let text = Self.text(of: textNode)
        return Document(
            id: id, source: path, title: title.map { $0.trimmingCharacters().description },
            published: creationTime.flatMap { CalendarDate(iso: $0) }, text: text)
    }

    /// The text inside `<TEXT>`, with a line break after each sentence or paragraph element (`<s>`, `<p>`,
    /// `<turn>`) that ends without white space, so "delivered</s><s>October 15" stays two words.
    static func text(of element: xmlNodePtr) -> String {
        var text = ""
        var stack: [(xmlNodePtr, Bool)] = [(element, false)]
        while let (node, leaving) = stack.popLast() {
            if leaving {
                if let last = text.unicodeScalars.last, !CharacterClass.isSpace(last) { text += "\n" }
                continue
            }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = LibXML.string(node.pointee.content) { text += content }
            case XML_ELEMENT_NODE:
                if node != element, TimeMLText.breakingElements.contains(LibXML.name(node)) {
                    stack.append((node, true))
                }
                for child in LibXML.children(node).reversed() { stack.append((child, false)) }
            default: continue
            }
        }
        return text
    }

    /// Whether the document type declaration defines entities.
    static func declaresEntities(_ bytes: [UInt8]) -> Bool {
        let pattern = Array("<!ENTITY".utf8)
        guard bytes.count >= pattern.count else { return false }
        var index = 0
        while index + pattern.count <= bytes.count {
            if bytes[index] == 60, bytes[index + 1] == 33, Array(bytes[index..<(index + pattern.count)]) == pattern {
                return true
            }
            index += 1
        }
        return false
    }

    private static func firstTimexValue(_ node: xmlNodePtr) -> String? {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, LibXML.name(current) == "timex3" {
                return LibXML.attribute(current, "value")
            }
            child = current.pointee.next
        }
        return nil
    }
}
