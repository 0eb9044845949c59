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
        var content: xmlNodePtr?
        var body: xmlNodePtr?
        Self.walkElements(root) { node, name in
            switch name {
            case "meta": metadata.read(meta: node)
            case "title" where metadata.title == nil:
                metadata.title = Self.visibleText(node).trimmingCharacters().description
            case "time" where metadata.timeElement == nil: metadata.timeElement = LibXML.attribute(node, "datetime")
            case "article" where content == nil, "main" where content == nil: content = node
            case "body": body = node
            default: break
            }
        }
        let text = Self.visibleText(content ?? body ?? root)
        guard !text.isEmpty else {
            if let error = LibXML.lastError(context) {
                throw .malformedMarkup(path: path, line: error.line, message: "HTML page unreadable: \(error.message)")
            }
            throw .malformedMarkup(path: path, line: Int(xmlGetLineNo(root)), message: "HTML page has no visible text")
        }
        return Document(
            id: id, source: path, title: metadata.title.flatMap { $0.isEmpty ? nil : $0 },
            publisher: metadata.publisher,
            published: metadata.published, text: text)
    }

    // MARK: - Tree walking

    private static let hiddenElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template",
        "button", "select", "head", "figure", "menu", "dialog", "object", "embed", "canvas",
    ]

    private static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
        "blockquote", "pre", "dd", "dt", "dl", "address", "hr", "body", "caption", "figcaption",
    ]

    /// Visits every element below `root` (iteratively: hostile pages can nest very deeply).
    private static func walkElements(_ root: xmlNodePtr, _ visit: (xmlNodePtr, String) -> Void) {
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE { visit(node, LibXML.name(node)) }
            var child = node.pointee.children
            var children: [xmlNodePtr] = []
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { children.append(current) }
                child = current.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
    }

    /// The text a reader sees below `root`: blocks separated by blank lines, white space collapsed.
    static func visibleText(_ root: xmlNodePtr) -> String {
        var builder = BlockTextBuilder()
        // (node, leaving) pairs: leaving marks the end of a block element.
        var stack: [(xmlNodePtr, Bool)] = [(root, false)]
        while let (node, leaving) = stack.popLast() {
            if leaving {
                builder.endBlock()
                continue
            }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = LibXML.string(node.pointee.content) { builder.append(content) }
                continue
            case XML_ELEMENT_NODE:
                let name = LibXML.name(node)
                if hiddenElements.contains(name) { continue }
                if name == "br" {
                    builder.lineBreak()
                    continue
                }
                if blockElements.contains(name) {
                    builder.endBlock()
                    stack.append((node, true))
                }
            default:
                if node != root { continue }
            }
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let current = child {
                children.append(current)
                child = current.pointee.next
            }
            for child in children.reversed() { stack.append((child, false)) }
        }
        return builder.text
    }
}

/// Collects text with collapsed white space and blank lines between blocks.
private struct BlockTextBuilder {
    var text = ""
    private var pendingSpace = false
    private var atLineStart = true

    mutating func append(_ content: String) {
        for scalar in content.unicodeScalars {
            if CharacterClass.isSpace(scalar) {
                pendingSpace = true
                continue
            }
            if pendingSpace && !atLineStart { text.unicodeScalars.append(" ") }
            text.unicodeScalars.append(scalar)
            pendingSpace = false
            atLineStart = false
        }
    }

    mutating func endBlock() {
        if !text.isEmpty && !atLineStart { text += "\n\n" }
        atLineStart = true
        pendingSpace = false
    }

    mutating func lineBreak() {
        if !text.isEmpty && !atLineStart { text += "\n" }
        atLineStart = true
        pendingSpace = false
    }
}

/// What a page's `<head>` says about the article.
private struct PageMetadata {
    var title: String?
    var publisher: String?
    var publishedText: String?
    var timeElement: String?

    var published: CalendarDate? {
        (publishedText ?? timeElement).flatMap { PlainTextParser.parseDate($0) }
    }

    mutating func read(meta node: xmlNodePtr) {
        guard
            let key =
                (LibXML.attribute(node, "property") ?? LibXML.attribute(node, "name")
                ?? LibXML.attribute(node, "itemprop"))?.lowercased(),
            let content = LibXML.attribute(node, "content"), !content.isEmpty
        else { return }
        switch key {
        case "article:published_time", "datepublished", "date", "pubdate", "dc.date", "dc.date.issued", "publish-date",
            "sailthru.date", "parsely-pub-date":
            if publishedText == nil { publishedText = content }
        case "og:site_name", "publisher", "application-name", "dc.publisher":
            if publisher == nil { publisher = content }
        case "og:title", "twitter:title":
            if title == nil { title = content }
        default:
            break
        }
    }
}
