import Foundation
import Testing

@testable import ChronicleKit

/// Templates are checked before any document is read, and no control character reaches a reader.
@Suite struct TemplateSafetyTests {
    @Test func aDeeplyNestedTemplateIsRefusedWithItsPosition() throws {
        let deep = "Title\n" + String(repeating: "{{#a}}", count: 5000) + String(repeating: "{{/a}}", count: 5000)
        let exporter = BriefingExporter(template: deep, templateName: "deep.mustache")
        let problem = try #require(exporter.problem)
        #expect(problem.description == "template deep.mustache: line 2, column 385: sections nested more than 64 deep")
    }

    @Test func nestingIsCountedThroughChangedDelimitersAndComments() throws {
        let opened = String(repeating: "<%#a%>", count: 70)
        #expect(throws: TemplateNesting.TooDeep.self) { try TemplateNesting.check("{{=<% %>=}}" + opened) }
        // A comment and a triple mustache end at their first closing delimiter; what they hold opens nothing.
        try TemplateNesting.check(String(repeating: "{{! {{#a }}{{{#b}}}", count: 70))
        try TemplateNesting.check(String(repeating: "{{#a}}{{/a}}", count: 500))
    }

    @Test func aSyntaxErrorIsOneLineWithLineAndColumn() throws {
        let exporter = BriefingExporter(template: "Title\n{{#events}}\n  {{/dates}}\n", templateName: "mine")
        let problem = try #require(exporter.problem)
        #expect(problem.description.hasPrefix("template mine: line 3, column "))
        #expect(!problem.description.contains("\n"))
    }

    @Test func aTemplateFileIsParsedWhenTheExporterIsMade() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("broken.mustache", "{{#chronology}}unclosed")
        #expect(throws: ExportError.self) { try BriefingExporter(templatePath: path) }
    }

    @Test func theBriefingDropsControlCharacters() throws {
        let text = "Karim\u{1B}[31m Benhaddou\u{85} fled\u{9B}2J to\tMadrid on 2 March 2021.\r"
        let document = Document(
            id: "a.txt", source: "a.txt", published: CalendarDate(iso: "2021-03-04"), text: text)
        let chronology = try ChronologyBuilder().build([DocumentAnalyzer().analyze(document)])
        let briefing = try BriefingExporter().render(chronology)
        #expect(briefing.contains("fled"))
        let controls = briefing.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
        }
        #expect(controls.isEmpty)
    }

    @Test func messagesShowControlCharactersAsEscapes() {
        #expect("a\u{1B}[31mb\u{9B}c\u{202E}d\te".withVisibleControls == "a\\x1b[31mb\\u{9b}c\\u{202e}d\\x09e")
        #expect("plain café".withVisibleControls == "plain café")
    }
}
