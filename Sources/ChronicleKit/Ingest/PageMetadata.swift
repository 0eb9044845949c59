internal import CLibXML2
import Foundation

/// What a web page says about its article, from the most to the least trustworthy source: JSON-LD
/// (`NewsArticle` and the other article types: `datePublished`, `headline`, `publisher.name`), OpenGraph
/// and `article:*` meta tags, `itemprop` attributes, `<time datetime>`, Dublin Core and other meta names,
/// then a date in the page's URL (`/2019/05/14/`).
struct PageMetadata {
    private(set) var headline: String?
    private(set) var metaTitle: String?
    private(set) var pageTitle: String?
    private(set) var publisher: String?
    private var dates: [(rank: Int, text: String)] = []
    private var url: String?

    /// Notes what an element says; call it for every element of the page, in order.
    mutating func read(_ node: xmlNodePtr, name: String) {
        if let itemprop = LibXML.attribute(node, "itemprop")?.lowercased(), itemprop == "datepublished" {
            let value =
                LibXML.attribute(node, "content") ?? LibXML.attribute(node, "datetime")
                ?? LibXML.take(xmlNodeGetContent(node))
            if let value { dates.append((2, value)) }
        }
        switch name {
        case "meta": read(meta: node)
        case "title" where pageTitle == nil:
            pageTitle = LibXML.take(xmlNodeGetContent(node)).map { Self.clean($0) }
        case "time":
            if let value = LibXML.attribute(node, "datetime") { dates.append((4, value)) }
        case "script" where LibXML.attribute(node, "type")?.lowercased() == "application/ld+json":
            if let json = LibXML.take(xmlNodeGetContent(node)) { read(jsonLD: json) }
        case "link" where LibXML.attribute(node, "rel")?.lowercased() == "canonical":
            url = url ?? LibXML.attribute(node, "href")
        default: break
        }
    }

    /// The publication day: the best-ranked source that reads as a day.
    var published: CalendarDate? {
        for (_, text) in dates.sorted(by: { $0.rank < $1.rank }) {
            if let day = PlainTextParser.parseDate(text.prefix(40)) { return day }
        }
        return url.flatMap(Self.dateInURL)
    }

    /// The article's title: its headline, else the page title without the site's name.
    var title: String? {
        if let headline, !headline.isEmpty { return headline }
        if let metaTitle, !metaTitle.isEmpty { return metaTitle }
        guard let pageTitle, !pageTitle.isEmpty else { return nil }
        return Self.withoutSiteName(pageTitle, publisher: publisher)
    }

    // MARK: - Sources

    private mutating func read(meta node: xmlNodePtr) {
        guard
            let key =
                (LibXML.attribute(node, "property") ?? LibXML.attribute(node, "name")
                ?? LibXML.attribute(node, "itemprop"))?.lowercased(),
            let content = LibXML.attribute(node, "content"), !content.isEmpty
        else { return }
        switch key {
        case "article:published_time", "og:article:published_time": dates.append((1, content))
        case "datepublished": dates.append((2, content))
        case "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "date", "pubdate", "publish-date",
            "sailthru.date", "parsely-pub-date", "article.published", "publishdate":
            dates.append((5, content))
        case "og:site_name", "publisher", "application-name", "dc.publisher", "dcterms.publisher":
            if publisher == nil { publisher = Self.clean(content) }
        case "og:title", "twitter:title", "dc.title":
            if metaTitle == nil { metaTitle = Self.clean(content) }
        case "og:url": url = url ?? content
        default: break
        }
    }

    private static let articleTypes: Set<String> = [
        "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "backgroundnewsarticle", "report", "liveblogposting", "scholarlyarticle",
        "techarticle", "webpage",
    ]

    private mutating func read(jsonLD text: String) {
        guard let data = text.data(using: .utf8), data.count < 1 << 20,
            let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        var pending: [Any] = [object]
        var visited = 0
        while let item = pending.popLast(), visited < 200 {
            visited += 1
            if let list = item as? [Any] {
                pending.append(contentsOf: list.reversed())
                continue
            }
            guard let object = item as? [String: Any] else { continue }
            if let graph = object["@graph"] { pending.append(graph) }
            let types = ((object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? [])
                .map { $0.lowercased() }
            guard types.contains(where: Self.articleTypes.contains) else { continue }
            let isPage = types == ["webpage"]
            if let published = object["datePublished"] as? String { dates.append((isPage ? 3 : 0, published)) }
            if !isPage, headline == nil, let value = object["headline"] as? String { headline = Self.clean(value) }
            if let organization = object["publisher"] as? [String: Any], let name = organization["name"] as? String,
                !isPage || publisher == nil
            {
                publisher = Self.clean(name)
            }
        }
    }

    // MARK: - Helpers

    /// `Title | Site`, `Title - Site`, `Site: Title` without the site's part.
    static func withoutSiteName(_ title: String, publisher: String?) -> String {
        for separator in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{00B7} "] {
            let parts = title.components(separatedBy: separator)
            guard parts.count > 1 else { continue }
            if let publisher,
                let site = parts.firstIndex(where: { $0.caseInsensitiveCompare(publisher) == .orderedSame })
            {
                var rest = parts
                rest.remove(at: site)
                return rest.joined(separator: separator)
            }
            // Without a known site name, the longest part is the article's.
            return parts.max { $0.count < $1.count } ?? title
        }
        return title
    }

    /// A day in a URL path: `/2019/05/14/`, `/2019-05-14`, `/20190514/`.
    static func dateInURL(_ url: String) -> CalendarDate? {
        let patterns = [
            #"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?:/|$)"#, #"/((?:19|20)\d\d)-(\d\d)-(\d\d)"#,
            #"/((?:19|20)\d\d)(\d\d)(\d\d)/"#,
        ]
        for pattern in patterns {
            guard let expression = try? NSRegularExpression(pattern: pattern),
                let match = expression.firstMatch(in: url, range: NSRange(url.startIndex..., in: url)),
                let year = Range(match.range(at: 1), in: url), let month = Range(match.range(at: 2), in: url),
                let day = Range(match.range(at: 3), in: url)
            else { continue }
            if let date = CalendarDate(iso: "\(url[year])-\(url[month])-\(url[day])") { return date }
        }
        return nil
    }

    private static func clean(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
