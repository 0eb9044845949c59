import ChronicleKit
import Foundation
import Testing

@Suite struct MoreFormatTests {
    static let chronology: Chronology = {
        let text = """
            Karim Benhaddou fled to Madrid on 26 February 2021. The unit was dissolved in September 2018. \
            Officials met in Rabat on 14/15 May 2019. The officer left the country.
            """
        return try! ChronologyBuilder().build([
            DocumentAnalyzer().analyze(Document(id: "a.txt", source: "a.txt", publisher: "Wire", text: text))
        ])
    }()

    @Test func timelineJSSpreadsheetKeepsOnlyKnownDateParts() throws {
        let csv = try TimelineJSExporter(format: .spreadsheet).render(Self.chronology)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0] == TimelineJSExporter.columns.joined(separator: ","))
        try #require(lines.count == 4)  // three dated events; the undated one is left out
        #expect(lines[1].hasPrefix("2018,9,,,2018,9,,,September 2018,"))
        #expect(lines[2].hasPrefix("2019,5,14,,2019,5,15,,14/15 May 2019,"))
        #expect(lines[3].hasPrefix("2021,2,26,,,,,,26 February 2021,"))
    }

    @Test func timelineJSJSONHasStartDates() throws {
        let json = try TimelineJSExporter(format: .json).render(Self.chronology)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == 3)
        #expect((events.last?["start_date"] as? [String: Any])?["day"] as? Int == 26)
    }

    @Test func timesketchRowsHaveISODatetimes() throws {
        let csv = try TimesketchExporter().render(Self.chronology)
        #expect(csv.hasPrefix("message,datetime,timestamp_desc,"))
        #expect(csv.contains(",2021-02-26T00:00:00+00:00,Event date (day),"))
        #expect(TimesketchExporter.undatedCount(Self.chronology) == 1)
    }

    @Test func gexfAndYEdFlavour() throws {
        let gexf = try GEXFExporter().render(Self.chronology)
        #expect(gexf.contains("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">"))
        #expect(gexf.contains("start=\"2021-02-26\" end=\"2021-02-26\""))
        let yed = try GraphMLExporter(yEd: true).render(Self.chronology)
        #expect(yed.contains("xmlns:y=\"http://www.yworks.com/xml/graphml\""))
        #expect(yed.contains("<y:NodeLabel>Karim Benhaddou</y:NodeLabel>"))
        let plain = try GraphMLExporter().render(Self.chronology)
        #expect(!plain.contains("y:NodeLabel"))
    }
}
