internal import CLibXML2

/// Reads an HTML page with libxml2's forgiving HTML parser and keeps what a reader sees of the article.
///
/// Scripts, styles, navigation, headers, footers, forms and asides are dropped; when the page has an
/// `<article>` (or `<main>`), only that part is kept. `<title>`, Open Graph and `article:published_time`
/// meta tags give the headline, the publisher and the date. The network is never used.
public struct HTMLReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Builds a document from an HTML page.
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - id: the document id.
    ///   - path: where it was read from, for errors.
    /// - Throws: ``IngestError/malformedMarkup(path:line:message:)`` when libxml2 yields no document or no text.
    public func document(bytes: [UInt8], id: String, path: String) throws(IngestError) -> Document {
        _ = LibXML.ready
        guard let context = htmlNewParserCtxt() else { throw .unreadable(path: path, reason: "out of memory") }
        defer { htmlFreeParserCtxt(context) }
        let options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue
        let encoding: String? = String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : nil
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(
                    context, chars.baseAddress, Int32(clamping: chars.count), path, encoding, Int32(options))
            }
        }
        guard let page = parsed else {
            let error = LibXML.lastError(context)
            throw .malformedMarkup(
                path: path, line: error?.line ?? 1, message: "not readable as HTML: \(error?.message ?? "no document")")
        }
        defer { xmlFreeDoc(page) }
        guard let root = xmlDocGetRootElement(page) else {
            throw .malformedMarkup(path: path, line: 1, message: "HTML page has no root element")
        }
        var metadata = PageMetadata()
        var body: xmlNodePtr?
        Self.walkElements(root) { node, name in
            metadata.read(node, name: name)
            if name == "body" && body == nil { body = node }
        }
        let text = Self.articleText(body ?? root)
        guard !text.isEmpty else {
            if let error = LibXML.lastError(context) {
                throw .malformedMarkup(path: path, line: error.line, message: "HTML page unreadable: \(error.message)")
            }
            throw .malformedMarkup(path: path, line: Int(xmlGetLineNo(root)), message: "HTML page has no visible text")
        }
        return Document(
            id: id, source: path, title: metadata.title,
            publisher: metadata.publisher,
            published: metadata.published, text: text)
    }

    // MARK: - Tree walking

    private static func walkElements(_ root: xmlNodePtr, _ visit: (xmlNodePtr, String) -> Void) {
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE { visit(node, LibXML.name(node)) }
            stack.append(contentsOf: LibXML.children(node).filter { $0.pointee.type == XML_ELEMENT_NODE }.reversed())
        }
    }

    /// The text a reader sees below `root`: blocks separated by blank lines, white space collapsed.
    /// The article's text: the blocks ``ArticleExtractor`` chooses, else the whole page without its
    /// furniture (a page with no paragraph long enough to score).
    static func articleText(_ root: xmlNodePtr) -> String {
        if let blocks = ArticleExtractor.articleBlocks(in: root) {
            let text = PageText.visibleText(blocks, skipping: ArticleExtractor.isBoilerplate)
            if !text.isEmpty { return text }
        }
        return PageText.visibleText(root, skipping: ArticleExtractor.isBoilerplate)
    }
}
