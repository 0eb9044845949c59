import Foundation
import Testing

@testable import ChronicleKit

/// The article, only the article: pages the team wrote in the layouts real sites use (a teaser before
/// the story, a comment thread, a reference list, endless related stories, a live blog, a photo gallery),
/// each beside the text a reader would call its article (the body, without the headline, which is the
/// title). Scored by words, as trafilatura's evaluation is.
@Suite struct ArticlePagesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Pages")

    static func read(_ name: String) throws -> Document {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name + ".html")))
        return try HTMLReader().document(bytes: bytes, id: name, path: name + ".html")
    }

    /// Word precision, recall and F1 of `text` against `expected`, counting each word as often as it occurs.
    static func score(_ text: String, against expected: String) -> (precision: Double, recall: Double, f1: Double) {
        func words(_ text: String) -> [String: Int] {
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).reduce(into: [:]) {
                $0[String($1), default: 0] += 1
            }
        }
        let got = words(text)
        let gold = words(expected)
        let common = got.reduce(0) { $0 + min($1.value, gold[$1.key] ?? 0) }
        let precision = Double(common) / Double(max(1, got.values.reduce(0, +)))
        let recall = Double(common) / Double(max(1, gold.values.reduce(0, +)))
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
    }

    @Test(arguments: [
        "teaser-then-article", "blog-with-comments", "encyclopedia-with-references", "related-stories", "live-blog",
        "photo-gallery",
    ])
    func theArticleTextIsReadAndNothingElse(page: String) throws {
        let document = try Self.read(page)
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(page + ".txt"), encoding: .utf8)
        let (precision, recall, f1) = Self.score(document.text, against: expected)
        #expect(recall >= 0.98, "recall \(recall) on \(page):\n\(document.text)")
        #expect(precision >= 0.95, "precision \(precision) on \(page):\n\(document.text)")
        #expect(f1 >= 0.96)
    }

    @Test func furnitureNeverBecomesText() throws {
        let unwanted = [
            "Copyright", "All rights reserved", "Retrieved", "Archived from", "Share on", "Most read", "comments",
            "Read more", "Sign up", "More stories", "Ferry operator cuts", "My father served", "last edited",
            "Dockers strike", "Random article", "Categories", "Photo:", "Photos:", "thumb",
        ]
        for page in [
            "teaser-then-article", "blog-with-comments", "encyclopedia-with-references", "related-stories", "live-blog",
        ] {
            let text = try Self.read(page).text
            for phrase in unwanted {
                #expect(!text.contains(phrase), "\(page) keeps '\(phrase)'")
            }
        }
    }

    @Test func theDateComesFromWhereverThePageStatesIt() throws {
        #expect(try Self.read("teaser-then-article").published == CalendarDate(iso: "2021-03-04"))  // JSON-LD
        #expect(try Self.read("blog-with-comments").published == CalendarDate(iso: "2019-11-12"))  // <time>
        #expect(try Self.read("related-stories").published == CalendarDate(iso: "2019-05-16"))  // the URL
        #expect(try Self.read("live-blog").published == CalendarDate(iso: "2021-06-20"))  // article:published_time
        #expect(try Self.read("encyclopedia-with-references").published == nil)
        #expect(try Self.read("photo-gallery").published == CalendarDate(iso: "2020-09-14"))  // Dublin Core
    }

    @Test func theTitleIsTheHeadlineWithoutTheSiteName() throws {
        #expect(try Self.read("teaser-then-article").title == "Valdorian minister resigns over port contract")
        #expect(try Self.read("teaser-then-article").publisher == "The Harbour Daily")
        #expect(try Self.read("blog-with-comments").title == "Notes from the coast guard archive")
        #expect(try Self.read("live-blog").title == "Election night in Valdoria: live")
    }

    @Test func noEventComesFromACommentARelatedStoryOrACitation() throws {
        let documents = try ["blog-with-comments", "related-stories", "encyclopedia-with-references"].map(Self.read)
        let chronology = try ChronologyBuilder().build(documents.map { DocumentAnalyzer().analyze($0) })
        let dates = Set(chronology.events.compactMap { $0.date?.value })
        for foreign in [
            "2019-10-02", "2018-12-02", "2019-01-14", "2019-02-28", "2015-05-03", "2021-07-05", "2022-03-04",
        ] {
            #expect(!dates.contains(foreign), "an event dated \(foreign) comes from page furniture")
        }
        #expect(dates.contains("2004-06-14"))
        #expect(dates.contains("2011-08-09"))
    }

    @Test func boilerplateParagraphsAreRecognizedButNewsIsNot() {
        for line in [
            "Copyright © 2002-2015 Example Media",
            "\"Blast at terminal\". Daily. 10 August 2011. Retrieved 3 May 2015.",
            "Share this article", "Sign up for our newsletter", "Comments",
            "Archived from the original on 2 July 2021.",
        ] {
            #expect(BoilerplateLine.matches(Substring(line)), "\(line)")
        }
        for line in [
            "Police retrieved 12 bodies from the river on Tuesday.", "Comments by the minister on 3 May drew protests.",
            "The hackers accessed 2,000 accounts in 2019.", "Subscribers to the service were told on Monday.",
        ] {
            #expect(!BoilerplateLine.matches(Substring(line)), "\(line)")
        }
    }
}

/// TimeML sentences (`<s>`) that the file runs together stay apart in the text Chronicle reads and tags.
@Suite struct TimeMLSentenceTests {
    static let file = """
        <?xml version="1.0" ?>
        <TimeML><DOCID>t1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2007-10-16" functionInDocument="CREATION_TIME">2007-10-16</TIMEX3></DCT>
        <TEXT><s>The first ship was delivered</s><s>October 15 , 2007 .</s><s>The second follows</s></TEXT>
        </TimeML>
        """

    @Test func theReaderKeepsSentencesApart() throws {
        let document = try TimeMLReader().document(bytes: Array(Self.file.utf8), id: "t1", path: "t1.tml")
        #expect(document.text.contains("delivered\nOctober 15 , 2007 .\nThe second"))
        #expect(!document.text.contains("deliveredOctober"))
    }

    @Test func theAnnotatorTagsAcrossTheBoundaryAndKeepsTheBytes() throws {
        let annotated = try TimeMLAnnotator().annotate(bytes: Array(Self.file.utf8), path: "t1.tml")
        #expect(
            annotated.contains(
                "delivered</s><s><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2007-10-15\">October 15 , 2007</TIMEX3> .</s>"
            ))
        let text = try #require(TimeMLText(file: annotated))
        #expect(!text.text.contains("deliveredOctober"))
    }
}
