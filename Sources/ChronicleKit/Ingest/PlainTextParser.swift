/// Reads the header conventions of plain-text articles.
///
/// Recognized at the top of the file, in any order: key lines (`Title:`, `Publisher:`, `Source:`,
/// `Date:`, `Published:`), a bare `date YYYY-MM-DD` line, and a first short line without a final
/// full stop taken as the headline. In the first paragraph of the body, a wire dateline such as
/// `PORT SERRAT, March 4, 2021 (Valdoria Press Agency) —` gives the date and the publisher.
public struct PlainTextParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Builds a document from a text file's content.
    /// - Parameters:
    ///   - text: the decoded text.
    ///   - id: the document id.
    ///   - source: where it was read from.
    /// - Returns: the document; its `text` is the whole file, `bodyStart` points past the header.
    public func document(text: String, id: String, source: String) -> Document {
        var document = Document(id: id, source: source, text: text)
        var offset = 0
        var headerEnd = 0
        var linesSeen = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let lineBytes = line.utf8.count + 1
            defer { offset += lineBytes }
            let trimmed = line.trimmingCharacters()
            if trimmed.isEmpty { continue }
            linesSeen += 1
            if linesSeen > 6 { break }
            if Self.isBoilerplate(trimmed) {
                headerEnd = offset + lineBytes
            } else if let (key, value) = keyValue(trimmed) {
                apply(key: key, value: value, to: &document)
                headerEnd = offset + lineBytes
            } else if let date = bareDateLine(trimmed) {
                if document.published == nil { document.published = date }
                headerEnd = offset + lineBytes
            } else if document.title == nil, linesSeen <= 2, isHeadline(trimmed) {
                document.title = String(trimmed)
                headerEnd = offset + lineBytes
            } else {
                break
            }
        }
        document.bodyStart = min(headerEnd, text.utf8.count)
        if document.published == nil || document.publisher == nil { readDateline(into: &document) }
        return document
    }

    // MARK: - Header lines

    private static let keys: [String: String] = [
        "title": "title", "headline": "title", "publisher": "publisher", "source": "publisher", "outlet": "publisher",
        "newspaper": "publisher", "date": "date", "published": "date", "publication date": "date",
    ]

    /// Lines web pages put before an article ("Skip to main content").
    static func isBoilerplate(_ line: Substring) -> Bool {
        let lower = line.lowercased()
        let phrases = [
            "skip to main content", "skip to content", "menu", "search", "home", "subscribe", "sign in", "log in",
            "advertisement", "share", "print", "close", "main menu", "toggle navigation", "accept cookies",
        ]
        return phrases.contains(lower)
    }

    private func keyValue(_ line: Substring) -> (String, Substring)? {
        guard let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 20 else {
            return nil
        }
        let key = line[..<colon].lowercased().trimmingCharacters()
        guard let field = Self.keys[String(key)] else { return nil }
        return (field, line[line.index(after: colon)...].trimmingCharacters())
    }

    private func apply(key: String, value: Substring, to document: inout Document) {
        guard !value.isEmpty else { return }
        switch key {
        case "title": document.title = String(value)
        case "publisher": document.publisher = String(value)
        default: document.published = Self.parseDate(value) ?? document.published
        }
    }

    /// `date 2021-03-01 ...` at the start of a line (as scraped pages often carry).
    private func bareDateLine(_ line: Substring) -> CalendarDate? {
        let lower = line.lowercased()
        guard lower.hasPrefix("date ") || lower.hasPrefix("dated ") || lower.hasPrefix("posted ") else { return nil }
        let rest = line.drop { $0 != " " }.trimmingCharacters()
        return CalendarDate(iso: rest.prefix(10))
    }

    private func isHeadline(_ line: Substring) -> Bool {
        let length = line.utf8.count
        guard length <= 160, let last = line.last else { return false }
        return !".;,".contains(last) && line.contains(" ")
    }

    /// A date written in a header value: ISO first, then anything the time tagger reads as a day.
    static func parseDate(_ value: some StringProtocol) -> CalendarDate? {
        if let iso = CalendarDate(iso: value.trimmingCharacters()) { return iso }
        let found = TimeTagger().expressions(in: String(value), documentDate: nil)
        return found.first { $0.precision == .day && $0.interval != nil }?.interval?.start
    }

    // MARK: - Wire datelines

    /// `CITY, Month D, YYYY (Publisher) —` or `(Publisher) —` at the start of the body.
    private func readDateline(into document: inout Document) {
        let body = document.text.utf8.dropFirst(document.bodyStart)
        let head = String(decoding: body.prefix(240), as: UTF8.self)
        guard
            let dash = ["\u{2014}", "\u{2013}", " -- ", " - "].compactMap({ head.range(of: $0) }).min(by: {
                $0.lowerBound < $1.lowerBound
            })
        else { return }
        let dateline = head[..<dash.lowerBound]
        guard dateline.utf8.count <= 120, !dateline.contains(".") || dateline.contains("(") else { return }
        if document.publisher == nil, let open = dateline.lastIndex(of: "("), let close = dateline.lastIndex(of: ")"),
            open < close
        {
            let name = dateline[dateline.index(after: open)..<close].trimmingCharacters()
            if !name.isEmpty, name.first?.isUppercase == true { document.publisher = String(name) }
        }
        if document.published == nil {
            let found = TimeTagger().expressions(in: String(dateline), documentDate: nil)
            document.published = found.first { $0.precision == .day && $0.interval != nil }?.interval?.start
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    func trimmingCharacters() -> Substring {
        let scalars = Substring(self)
        guard let first = scalars.firstIndex(where: { !$0.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return scalars[first...last]
    }
}
