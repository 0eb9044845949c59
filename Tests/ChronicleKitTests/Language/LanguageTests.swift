import Foundation
import Testing

@testable import ChronicleKit

/// The words the rules read are data: a language is a folder of lists, and the matchers take whatever
/// folder the options carry.
@Suite struct LanguageTests {
    static var englishFolder: String {
        ResourceFiles.path(of: "en/time-months.txt").map { ($0 as NSString).deletingLastPathComponent } ?? ""
    }

    /// A copy of the English folder with one list changed.
    static func variant(_ file: String, appending lines: String) throws -> (folder: TemporaryFolder, language: Language)
    {
        let folder = try TemporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: englishFolder) {
            try FileManager.default.copyItem(atPath: englishFolder + "/" + name, toPath: folder.path + "/" + name)
        }
        let path = folder.path + "/" + file
        let text = try String(contentsOfFile: path, encoding: .utf8) + lines
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (folder, try Language(code: "xx", folder: folder.path))
    }

    @Test func theShippedEnglishListsLoad() throws {
        #expect(Language.bundledError == nil)
        #expect(Language.english.time.months["september"] == 9)
        #expect(Language.english.time.weekdays["friday"] == 5)
        #expect(Language.english.events.verbLemma("fled") == "flee")
    }

    @Test func aNewMonthNameInTheFilesIsTaggedWithoutAChangeToTheMatchers() throws {
        let (folder, language) = try Self.variant("time-months.txt", appending: "janvier\t1\n")
        defer { folder.remove() }
        let text = "The convention was signed on 12 janvier 2011 in Rabat."
        #expect(TimeTagger().expressions(in: text, documentDate: nil).allSatisfy { $0.value != "2011-01-12" })
        let tagged = TimeTagger(options: .init(language: language)).expressions(in: text, documentDate: nil)
        #expect(tagged.contains { $0.value == "2011-01-12" })
    }

    @Test func aNewEventVerbInTheFilesMakesATrigger() throws {
        let (folder, language) = try Self.variant("event-verbs.txt", appending: "quarantine\n")
        defer { folder.remove() }
        let document = Document(
            id: "a.txt", source: "a.txt", published: CalendarDate(iso: "2021-03-04"),
            text: "The ministry quarantined the ship on 2 March 2021.")
        var options = DocumentAnalyzer.Options()
        #expect(DocumentAnalyzer(options: options).analyze(document).events.first?.triggerLemma != "quarantine")
        options.language = language
        #expect(DocumentAnalyzer(options: options).analyze(document).events.first?.triggerLemma == "quarantine")
    }

    @Test func aMalformedListIsNamedWithItsLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.englishFolder) {
            try FileManager.default.copyItem(atPath: Self.englishFolder + "/" + name, toPath: folder.path + "/" + name)
        }
        try "# months\njanuary\t1\nfebruary\n".write(
            toFile: folder.path + "/time-months.txt", atomically: true, encoding: .utf8)
        #expect(
            throws: Language.LoadError(
                file: folder.path + "/time-months.txt", line: 3, reason: "'february' needs a valid value after a tab")
        ) {
            try Language(code: "xx", folder: folder.path)
        }
        try FileManager.default.removeItem(atPath: folder.path + "/time-weekdays.txt")
        #expect(throws: Language.LoadError.self) { try Language(code: "xx", folder: folder.path) }
    }
}
