import Testing

@testable import ChronicleKit

/// A summary joins a sentence's lines as splitting it on line breaks and joining with spaces would.
@Suite struct SummaryLineBreakTests {
    @Test(arguments: [
        "one line only",
        "wrapped\nline",
        "windows\r\nline\r\nbreaks",
        "\n\nleading and trailing\n\n",
        "a run\n\n\nof breaks",
        "form\u{0C}feed and\u{0B}tab",
        "next\u{85}line, line\u{2028}separator and paragraph\u{2029}separator",
        "accent after a break\n\u{301}e",
        "caf\u{E9}\n\u{1F600} emoji",
        "\n",
        "",
        "lone\rreturn",
        "\u{2028}separators at the ends\u{2029}",
        "break\n\u{2028}\r\nmix",
        "near misses \u{2026} \u{C5} \u{2085} \u{2027} \u{2030} \u{2A8}",
    ])
    func joiningLinesMatchesSplittingOnCharacters(_ text: String) {
        #expect(EventExtractor.joiningLines(text) == text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
}
