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
        // A month is no interval: an end equal to the start would show "September 2018 — September 2018".
        #expect(lines[1].hasPrefix("2018,9,,,,,,,September 2018,"))
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

/// What #26 found when the exports were opened in their users' tools.
@Suite struct ConsumerFixTests {
    static func date(
        _ value: String, _ start: String, _ end: String, _ precision: DatePrecision, _ modifier: TimeModifier? = nil
    )
        -> EventDate
    {
        var time = TimeExpression(
            kind: .date, value: value, precision: precision,
            interval: DayInterval(start: CalendarDate(iso: start)!, end: CalendarDate(iso: end)!),
            range: TextRange(start: 0, end: 1), text: "x")
        time.modifier = modifier
        return EventDate(time)!
    }

    @Test(arguments: [
        ("2011-05-14", "2011-05-14", "2011-05-14", DatePrecision.day, "2011-05-14"),
        ("2012-09", "2012-09-01", "2012-09-30", .month, "2012-09"),
        ("199", "1990-01-01", "1999-12-31", .decade, "199X"),
        ("19", "1900-01-01", "1999-12-31", .century, "19XX"),
        ("1984-Q2", "1984-04-01", "1984-06-30", .quarter, "1984-34"),
        ("1982-FA", "1982-09-01", "1982-11-30", .season, "1982-23"),
        ("1982-WI", "1982-12-01", "1983-02-28", .season, "1982-24"),
        ("1990-H2", "1990-07-01", "1990-12-31", .half, "1990-41"),
        ("2011-W20", "2011-05-16", "2011-05-22", .week, "2011-05-16/2011-05-22"),
        ("1987-02-25TNI", "1987-02-25", "1987-02-25", .partOfDay, "1987-02-25"),
        ("1987-02-25T09:30", "1987-02-25", "1987-02-25", .minute, "1987-02-25T09:30:00"),
        ("2011-05-14/2011-05-15", "2011-05-14", "2011-05-15", .day, "2011-05-14/2011-05-15"),
    ])
    func datesAreWrittenInEDTF(value: String, start: String, end: String, precision: DatePrecision, edtf: String) {
        #expect(Self.date(value, start, end, precision).edtf == edtf)
    }

    @Test func modifiersBecomeEDTFQualifiersAndOpenIntervals() {
        #expect(Self.date("2013-02", "2013-02-01", "2013-02-28", .month, .approx).edtf == "2013-02~")
        #expect(Self.date("2013-02", "2013-02-01", "2013-02-28", .month, .before).edtf == "../2013-02")
        #expect(Self.date("2013", "2013-01-01", "2013-12-31", .year, .after).edtf == "2013/..")
        #expect(Self.date("2013-02", "2013-02-01", "2013-02-28", .month, .end).edtf == "2013-02")
    }

    @Test func timelineJSTextIsHTMLEscapedAndGroupedByCanonicalActor() throws {
        let text =
            "Title: Notes\nDate: 2021-03-04\n\n"
            + "Karim Benhaddou met <Moody's Investors Service Inc> & friends in Madrid on 2 March 2021.\n"
        let chronology = try ChronologyBuilder().build([
            DocumentAnalyzer().analyze(Document(id: "a.txt", source: "a.txt", text: text))
        ])
        let csv = try TimelineJSExporter(format: .spreadsheet).render(chronology)
        #expect(csv.contains("&lt;Moody&#39;s Investors Service Inc&gt; &amp; friends"))
        #expect(!csv.contains("<Moody"))
        let json = try TimelineJSExporter(format: .json, grouping: .type).render(chronology)
        #expect(json.contains("\"group\" : \"met\""))
    }

    @Test func graphMLHasNoGraphLevelKeysAndYEdKeysAreTyped() throws {
        let xml = try GraphMLExporter(yEd: true).render(ExportTests.chronology)
        #expect(!xml.contains("for=\"graph\""))
        #expect(xml.contains("written by Chronicle"))
        for line in xml.split(separator: "\n") where line.contains("<key ") {
            #expect(line.contains("attr.type="), "untyped key: \(line)")
        }
    }

    @Test func timesketchJSONLinesIsOneObjectPerDatedEvent() throws {
        let lines = try TimesketchExporter(format: .jsonLines).render(MoreFormatTests.chronology)
            .split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["message"] is String)
            #expect((object["datetime"] as? String)?.hasSuffix("T00:00:00+00:00") == true)
            #expect(object["sources_count"] is Int)
            #expect(object["disputed"] is Bool)
        }
    }

    @Test func theRegistryNamesEveryFormatOnceAndFitsTimesketchToItsFile() {
        #expect(Set(ExportFormat.all.map(\.name)).count == ExportFormat.all.count)
        #expect(ExportFormat.named("timesketch")!.fitting(path: "sketch.jsonl").name == "timesketch-jsonl")
        #expect(ExportFormat.named("timesketch")!.fitting(path: "sketch.csv").name == "timesketch")
        #expect(ExportFormat.built.map(\.fileName) == ["chronology.csv", "chronology.graphml", "briefing.txt"])
    }
}
