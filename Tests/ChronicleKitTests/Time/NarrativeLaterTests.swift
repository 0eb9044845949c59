import Testing

@testable import ChronicleKit

/// "N years later" counts from the story's last date, however far back, never from the publication date
/// into the future (#23: "When she died 16 years later" became 2031).
@Suite struct NarrativeLaterTests {
    static let published = CalendarDate(iso: "2015-03-04")

    static func value(of phrase: String, in text: String) -> String? {
        TimeTagger().expressions(in: text, documentDate: published).first { $0.text == phrase }?.value
    }

    @Test func laterCountsFromTheLastDateOfTheStory() {
        let text = """
            She was born in Tangier in 1950. Her father ran a bookshop near the port. She studied law in Paris \
            and returned home to teach. When she died 16 years later, the bookshop closed.
            """
        #expect(Self.value(of: "16 years later", in: text) == "1966")
    }

    @Test func aPastLaterWithNothingToCountFromStaysUnknown() throws {
        let value = try #require(
            Self.value(of: "Seven decades later", in: "Seven decades later, the archive opened its files."))
        #expect(value.contains("X"), "no future date from the publication date: \(value)")
    }

    @Test func aLaterCloseToItsDateIsUnchanged() {
        #expect(
            Self.value(of: "two days later", in: "The raid took place on 14 May 2011. He fled two days later.")
                == "2011-05-16")
    }
}
