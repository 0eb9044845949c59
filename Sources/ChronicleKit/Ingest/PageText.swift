internal import CLibXML2

/// The text a reader sees in part of an HTML tree: blocks as paragraphs, `<br>` as a line break, hidden
/// elements and the caller's boilerplate left out, and whole paragraphs that are page furniture
/// (copyright lines, citation lines, "Share this", "Sign up") dropped.
enum PageText {
    /// Elements whose content is never shown as text, or never article text.
    static let hiddenElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template",
        "button", "select", "head", "figure", "menu", "dialog", "object", "embed", "canvas", "sup",
    ]

    /// Elements that start and end a paragraph of text.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
        "blockquote", "pre", "dd", "dt", "dl", "address", "hr", "body", "caption", "figcaption",
    ]

    /// The visible text of `root`, paragraphs separated by blank lines.
    /// - Parameter skipping: elements to leave out with everything inside them.
    static func visibleText(_ root: xmlNodePtr, skipping: (xmlNodePtr) -> Bool = { _ in false }) -> String {
        var builder = BlockTextBuilder()
        append(root, to: &builder, skipping: skipping)
        builder.endBlock()
        return builder.text
    }

    /// The visible text of several blocks, in order.
    static func visibleText(_ roots: [xmlNodePtr], skipping: (xmlNodePtr) -> Bool) -> String {
        var builder = BlockTextBuilder()
        for root in roots {
            append(root, to: &builder, skipping: skipping)
            builder.endBlock()
        }
        return builder.text
    }

    /// A node's text run together (no paragraph breaks), for scoring.
    static func innerText(_ root: xmlNodePtr, skipping: (xmlNodePtr) -> Bool) -> String {
        var text = ""
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = LibXML.string(node.pointee.content) { text += content }
            case XML_ELEMENT_NODE:
                if node != root && (hiddenElements.contains(LibXML.name(node)) || skipping(node)) { continue }
                stack.append(contentsOf: LibXML.children(node).reversed())
            default: continue
            }
        }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func append(_ root: xmlNodePtr, to builder: inout BlockTextBuilder, skipping: (xmlNodePtr) -> Bool) {
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
                if hiddenElements.contains(name) || (node != root && skipping(node)) { continue }
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
            for child in LibXML.children(node).reversed() { stack.append((child, false)) }
        }
    }
}

/// Text gathered block by block; a finished block that is page furniture is taken back out.
private struct BlockTextBuilder {
    var text = ""
    private var pendingSpace = false
    private var atLineStart = true
    /// Where the block being gathered starts in `text`.
    private var blockStart = "".endIndex

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
        if BoilerplateLine.matches(text[blockStart...]) {
            text.removeSubrange(blockStart...)
            atLineStart = true
        }
        if !text.isEmpty && !atLineStart { text += "\n\n" }
        atLineStart = true
        pendingSpace = false
        blockStart = text.endIndex
    }

    mutating func lineBreak() {
        if !text.isEmpty && !atLineStart { text += "\n" }
        atLineStart = true
        pendingSpace = false
    }
}
