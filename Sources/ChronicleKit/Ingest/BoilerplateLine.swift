import Foundation

/// Paragraphs of a web page that are page furniture, whatever block holds them: copyright notices,
/// citation lines of a reference list ("Retrieved 5 May 2010"), and the short calls to share, follow,
/// subscribe or read more. They never become text, so they never become events.
enum BoilerplateLine {
    /// Openings of short paragraphs (under 200 characters) that are calls to action or labels.
    private static let shortOpenings = [
        "share this", "share on", "share:", "follow us", "follow @", "sign up", "subscribe to", "subscribe now",
        "subscribe for",
        "read more", "related:", "related stories", "related articles", "related coverage", "more from",
        "most read", "most popular", "you may also like", "recommended for you", "leave a comment",
        "skip to main content", "skip to content", "jump to", "click here", "tags:", "filed under",
        "photo:", "image:", "listen to this article", "print this", "email this",
        "accept cookies", "we use cookies", "show comments", "load more",
    ]

    /// Whole paragraphs that are a label and nothing else.
    private static let labels: Set<String> = [
        "comments", "advertisement", "sponsored", "share", "related", "tags", "menu", "search", "close",
    ]

    /// Whether `block` (one paragraph of page text) is furniture.
    static func matches(_ block: Substring) -> Bool {
        let trimmed = block.drop(while: { $0.isWhitespace })
        guard !trimmed.isEmpty else { return false }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("copyright") || lower.hasPrefix("©") || lower.contains("all rights reserved") {
            return true
        }
        if lower.contains("©") && lower.count < 200 { return true }
        if isCitation(lower) { return true }
        guard lower.count < 200 else { return false }
        if labels.contains(lower.trimmingCharacters(in: .whitespacesAndNewlines)) { return true }
        return shortOpenings.contains { lower.hasPrefix($0) }
    }

    /// A reference-list entry: it opens with "Retrieved", or a sentence of it does, with a date after it;
    /// or it says "Archived from the original".
    private static func isCitation(_ lower: String) -> Bool {
        if lower.contains("archived from the original") { return true }
        for cue in ["retrieved ", ". retrieved ", "\". retrieved "] {
            guard let range = lower.range(of: cue), cue != "retrieved " || range.lowerBound == lower.startIndex
            else { continue }
            if lower[range.upperBound...].prefix(20).contains(where: \.isNumber) { return true }
        }
        return false
    }
}
