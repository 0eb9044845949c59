import Foundation

/// Writes the chronology for TimelineJS (timeline.knightlab.com): its Google-Sheets template as CSV, or its
/// JSON format. Undated events are left out (TimelineJS needs a year); `Group` is the main actor.
public struct TimelineJSExporter: ChronologyExporter {
    /// The two formats TimelineJS reads.
    public enum Format: Sendable {
        /// The spreadsheet template's columns, as CSV.
        case spreadsheet
        /// The JSON object TimelineJS loads directly.
        case json
    }

    /// The spreadsheet template's columns, in order.
    public static let columns = [
        "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline",
        "Text",
        "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background",
    ]

    /// Which format.
    public var format: Format
    /// The timeline's title (JSON only).
    public var title: String

    /// Creates an exporter.
    public init(format: Format, title: String = "Chronicle chronology") {
        self.format = format
        self.title = title
    }

    public func export(_ chronology: Chronology, to output: inout some TextOutputStream) throws {
        let dated = chronology.events.lazy.filter { $0.date != nil }
        switch format {
        case .spreadsheet:
            CSVTable.row(Self.columns, to: &output)
            for event in dated {
                let parts = Self.parts(event.date!)
                CSVTable.row(
                    [
                        parts.start.year, parts.start.month, parts.start.day, "", parts.end?.year ?? "",
                        parts.end?.month ?? "",
                        parts.end?.day ?? "", "", event.date!.text, Self.headline(event),
                        Self.text(event, in: chronology), "",
                        "", "", "", "", Self.group(event, in: chronology), "",
                    ], to: &output)
            }
        case .json:
            let events: [[String: Any]] = dated.map { event in
                let parts = Self.parts(event.date!)
                var item: [String: Any] = [
                    "unique_id": event.id,
                    "start_date": parts.start.dictionary.merging(["display_date": event.date!.text]) { a, _ in a },
                    "text": ["headline": Self.headline(event), "text": Self.text(event, in: chronology)],
                    "group": Self.group(event, in: chronology),
                ]
                if let end = parts.end { item["end_date"] = end.dictionary }
                return item
            }
            let object: [String: Any] = ["title": ["text": ["headline": title]], "events": events]
            let data = try JSONSerialization.data(
                withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            output.write(String(decoding: data, as: UTF8.self))
            output.write("\n")
        }
    }

    /// Year, month and day as TimelineJS wants them: only as fine as the date is known.
    struct DateParts {
        var year: String
        var month: String
        var day: String

        var dictionary: [String: Any] {
            var result: [String: Any] = ["year": Int(year) ?? 0]
            if let month = Int(month) { result["month"] = month }
            if let day = Int(day) { result["day"] = day }
            return result
        }
    }

    static func parts(_ date: EventDate) -> (start: DateParts, end: DateParts?) {
        func parts(_ day: CalendarDate) -> DateParts {
            DateParts(
                year: String(day.year), month: date.precision >= .month ? String(day.month) : "",
                day: date.precision >= .day ? String(day.day) : "")
        }
        let start = parts(date.start)
        // A period (a month, a decade, a two-day range) ends where it ends; a single day has no end.
        let single = date.precision >= .day && date.start == date.end
        return (
            start,
            single
                ? nil
                : date.precision >= .month
                    ? parts(date.end) : DateParts(year: String(date.end.year), month: "", day: "")
        )
    }

    static func headline(_ event: ChronologyEvent) -> String {
        let summary = OutputText.singleLine(event.summary)
        return summary.count > 90 ? String(summary.prefix(89)) + "\u{2026}" : summary
    }

    static func text(_ event: ChronologyEvent, in chronology: Chronology) -> String {
        var parts = [OutputText.singleLine(event.primaryEvidence.sentence)]
        parts.append("Sources: \(event.documentIDs.joined(separator: ", ")) (\(event.sourcesCount) independent)")
        let named = event.attributions.filter { $0 != "author" }
        if !named.isEmpty { parts.append("According to: " + named.joined(separator: ", ")) }
        if event.modality != .asserted {
            parts.append("Modality: \(event.modality.rawValue)" + (event.disputed ? ", disputed" : ""))
        }
        return parts.joined(separator: " | ")
    }

    static func group(_ event: ChronologyEvent, in chronology: Chronology) -> String {
        event.actorNames(in: chronology).first ?? event.attributions.first { $0 != "author" } ?? ""
    }
}
