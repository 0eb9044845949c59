internal import CLibXML2

/// Finds a web page's article among its menus, teasers, sidebars, comment threads and footers, in the
/// manner of Readability and boilerpipe: every paragraph scores its ancestors by its length and commas,
/// class and id names that say "content" or "comment" weigh in, the score is discounted by the share
/// of text inside links, and the best block wins, with the siblings that score close to it.
///
/// Blocks that are never article text are left out before scoring: hidden and navigational elements,
/// elements whose class or id names a sidebar, comments, related stories, sharing, a newsletter, an
/// advert, references or a citation list, and lists made mostly of links.
struct ArticleExtractor {
    /// The chosen blocks, in document order, or `nil` when the page has no block of article text.
    static func articleBlocks(in root: xmlNodePtr) -> [xmlNodePtr]? {
        var scores: [xmlNodePtr: Double] = [:]
        var order: [xmlNodePtr] = []
        for paragraph in paragraphs(under: root) {
            let text = PageText.innerText(paragraph, skipping: isBoilerplate)
            let length = text.count
            guard length >= 25 else { continue }
            let commas = text.reduce(0) { $0 + ($1 == "," || $1 == "\u{060C}" ? 1 : 0) }
            let points = 1 + Double(commas) + min(Double(length) / 100, 3)
            var ancestor = paragraph.pointee.parent
            var level = 0
            while let node = ancestor, node.pointee.type == XML_ELEMENT_NODE, level < 3 {
                if scores[node] == nil {
                    scores[node] = initialScore(node)
                    order.append(node)
                }
                let divider = level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3
                scores[node]! += points / divider
                ancestor = node.pointee.parent
                level += 1
            }
        }
        var best: (node: xmlNodePtr, score: Double)?
        for node in order {
            let score = scores[node]! * (1 - linkDensity(node))
            scores[node] = score
            if score > (best?.score ?? 0) { best = (node, score) }
        }
        guard let best else { return nil }
        // Siblings that belong to the article too: split bodies, a lead paragraph outside the main block.
        let threshold = max(10, best.score * 0.2)
        guard var sibling = best.node.pointee.parent?.pointee.children else { return [best.node] }
        var blocks: [xmlNodePtr] = []
        while true {
            let node = sibling
            if node == best.node {
                blocks.append(node)
            } else if node.pointee.type == XML_ELEMENT_NODE, !isBoilerplate(node) {
                if let candidate = scores[node], candidate >= threshold {
                    blocks.append(node)
                } else if LibXML.name(node) == "p" {
                    let text = PageText.innerText(node, skipping: isBoilerplate)
                    let density = linkDensity(node)
                    if (text.count > 80 && density < 0.25) || (!text.isEmpty && density == 0 && text.hasSuffix(".")) {
                        blocks.append(node)
                    }
                }
            }
            guard let next = node.pointee.next else { break }
            sibling = next
        }
        return blocks
    }

    /// Whether a block is page furniture, not text: a hidden or navigational element, a block whose
    /// class or id names boilerplate, or a list that is mostly links.
    static func isBoilerplate(_ node: xmlNodePtr) -> Bool {
        let name = LibXML.name(node)
        if PageText.hiddenElements.contains(name) { return true }
        if LibXML.attribute(node, "hidden") != nil || LibXML.attribute(node, "aria-hidden") == "true" { return true }
        if let role = LibXML.attribute(node, "role"),
            ["navigation", "complementary", "banner", "contentinfo", "dialog", "menu", "alert"].contains(role)
        {
            return true
        }
        if name == "body" || name == "html" || name == "article" || name == "main" { return false }
        let names = classAndID(node)
        if !names.isEmpty, negativeNames.contains(where: { names.contains($0) }),
            !positiveNames.contains(where: { names.contains($0) })
                || strongNegativeNames.contains(where: { names.contains($0) })
        {
            return true
        }
        if name == "ul" || name == "ol" || name == "dl" || name == "table" {
            let text = PageText.innerText(node, skipping: { _ in false })
            return !text.isEmpty && linkDensity(node) > 0.5
        }
        return false
    }

    // MARK: - Scoring helpers

    /// Class and id names that mark boilerplate.
    private static let negativeNames = [
        "comment", "sidebar", "side-bar", "related", "recommend", "share", "sharing", "social", "newsletter",
        "subscribe", "signup", "sign-up", "promo", "advert", "-ad-", "ad-slot", "ads", "sponsor", "footer",
        "masthead", "breadcrumb", "menu", "nav", "widget", "popular", "most-read", "mostread", "trending",
        "outbrain", "taboola", "cookie", "consent", "paywall", "teaser", "rail", "byline-share", "tags",
        "reference", "reflist", "citation", "navbox", "catlinks", "mw-editsection", "printfooter", "toc",
        "author-bio", "disclaimer", "copyright", "pagination", "pager", "more-stories", "read-more", "readmore",
        "gallery-thumbs", "modal", "banner", "skip",
    ]

    /// Names that win over a negative one (`article-sidebar` does not, `post-content tags` does).
    private static let positiveNames = [
        "article-body", "articlebody", "article-content", "article__body", "story-body", "storybody",
        "entry-content", "post-content", "post-body", "content-body", "main-content", "mw-parser-output",
        "article-text", "story-text", "body-text", "live-blog", "liveblog",
    ]

    /// Names that are boilerplate whatever else the element is called.
    private static let strongNegativeNames = [
        "comment", "related", "newsletter", "outbrain", "taboola", "reflist", "references", "navbox", "cookie",
        "most-read", "mostread", "share", "social",
    ]

    /// Names that say "this is the article" (Readability's positive pattern).
    private static let contentNames = [
        "article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story", "hentry",
    ]

    private static func classAndID(_ node: xmlNodePtr) -> String {
        let names = [LibXML.attribute(node, "class"), LibXML.attribute(node, "id")].compactMap { $0 }
            .joined(separator: " ").lowercased()
        return names.isEmpty ? "" : " \(names) "
    }

    private static func initialScore(_ node: xmlNodePtr) -> Double {
        var score: Double
        switch LibXML.name(node) {
        case "article": score = 10
        case "div", "main", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        let names = classAndID(node)
        if !names.isEmpty {
            if negativeNames.contains(where: { names.contains($0) }) { score -= 25 }
            if contentNames.contains(where: { names.contains($0) })
                || positiveNames.contains(where: { names.contains($0) })
            {
                score += 25
            }
        }
        if LibXML.attribute(node, "itemprop") == "articleBody" { score += 25 }
        return score
    }

    /// The elements that hold paragraphs of text: `p`, `pre`, `td`, and `div`s with no block inside.
    private static func paragraphs(under root: xmlNodePtr) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            if node != root && isBoilerplate(node) { continue }
            let name = LibXML.name(node)
            if name == "p" || name == "pre" || name == "td" || name == "blockquote"
                || (name == "div" && !hasBlockChild(node)) || (name == "li" && !hasBlockChild(node))
            {
                found.append(node)
                if name != "td" && name != "blockquote" { continue }
            }
            stack.append(contentsOf: LibXML.children(node).reversed())
        }
        return found
    }

    private static func hasBlockChild(_ node: xmlNodePtr) -> Bool {
        LibXML.children(node).contains {
            $0.pointee.type == XML_ELEMENT_NODE && PageText.blockElements.contains(LibXML.name($0))
        }
    }

    /// The share of a node's text that sits inside links.
    static func linkDensity(_ node: xmlNodePtr) -> Double {
        var total = 0
        var linked = 0
        var stack: [(xmlNodePtr, Bool)] = [(node, false)]
        while let (current, inLink) = stack.popLast() {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let count = LibXML.string(current.pointee.content).map { $0.filter { !$0.isWhitespace }.count } ?? 0
                total += count
                if inLink { linked += count }
            case XML_ELEMENT_NODE:
                let name = LibXML.name(current)
                if PageText.hiddenElements.contains(name) { continue }
                let link = inLink || name == "a"
                stack.append(contentsOf: LibXML.children(current).map { ($0, link) })
            default: continue
            }
        }
        return total == 0 ? 0 : Double(linked) / Double(total)
    }
}
