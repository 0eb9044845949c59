import Foundation

/// Writes the chronology for TimelineJS (timeline.knightlab.com): its Google-Sheets template as CSV, or its
/// JSON format. Undated events are left out (TimelineJS needs a year); `Group` is the main actor's
/// canonical name (or the event word); every text is HTML-escaped, since TimelineJS renders HTML.
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
    /// What the events are grouped by (TimelineJS's rows).
    public var grouping: Grouping

    /// What TimelineJS's `group` holds.
    public enum Grouping: String, Sendable, CaseIterable {
        /// The canonical name of the event's main actor (the first agent, else the first actor).
        case actor
        /// The event word, in lower case.
        case type
    }

    /// Creates an exporter.
    public init(format: Format, title: String = "Chronicle chronology", grouping: Grouping = .actor) {
        self.format = format
        self.title = title
        self.grouping = grouping
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
                        parts.end?.day ?? "", "", Self.html(event.date!.text), Self.headline(event),
                        Self.text(event, in: chronology), "",
                        "", "", "", "", Self.html(group(event, in: chronology)), "",
                    ], to: &output)
            }
        case .json:
            let events: [[String: Any]] = dated.map { event in
                let parts = Self.parts(event.date!)
                var item: [String: Any] = [
                    "unique_id": event.id,
                    "start_date": parts.start.dictionary.merging(["display_date": Self.html(event.date!.text)]) {
                        a, _ in a
                    },
                    "text": ["headline": Self.headline(event), "text": Self.text(event, in: chronology)],
                    "group": Self.html(group(event, in: chronology)),
                ]
                if let end = parts.end { item["end_date"] = end.dictionary }
                return item
            }
            let object: [String: Any] = ["title": ["text": ["headline": Self.html(title)]], "events": events]
            let data = try JSONSerialization.data(
                withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            output.write(String(decoding: data, as: UTF8.self))
            output.write("\n")
        }
    }

    /// Year, month and day as TimelineJS wants them: only as fine as the date is known.
    struct DateParts: Equatable {
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
        // Only a real interval (a two-day range, a decade, a season across two years) has an end: a year or
        // a month ending where it starts would show as "2019 — 2019".
        let end =
            date.precision >= .month ? parts(date.end) : DateParts(year: String(date.end.year), month: "", day: "")
        return (start, end == start ? nil : end)
    }

    static func headline(_ event: ChronologyEvent) -> String {
        let summary = OutputText.singleLine(event.summary)
        return html(summary.count > 90 ? String(summary.prefix(89)) + "\u{2026}" : summary)
    }

    /// Text as HTML, which TimelineJS renders: `<Moody's Investors Service Inc>` would otherwise vanish as a tag.
    static func html(_ text: String) -> String {
        guard text.contains(where: { "&<>\"'".contains($0) }) else { return text }
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    static func text(_ event: ChronologyEvent, in chronology: Chronology) -> String {
        var parts = [OutputText.singleLine(event.primaryEvidence.sentence)]
        parts.append("Sources: \(event.documentIDs.joined(separator: ", ")) (\(event.sourcesCount) independent)")
        let named = event.attributions.filter { $0 != "author" }
        if !named.isEmpty { parts.append("According to: " + named.joined(separator: ", ")) }
        if event.modality != .asserted {
            parts.append("Modality: \(event.modality.rawValue)" + (event.disputed ? ", disputed" : ""))
        }
        return html(parts.joined(separator: " | "))
    }

    /// The event's group: its main actor's canonical name, or its event word.
    func group(_ event: ChronologyEvent, in chronology: Chronology) -> String {
        switch grouping {
        case .actor:
            let main = event.agentIDs.first ?? event.actorIDs.first
            return main.flatMap { chronology.entity($0)?.canonicalName } ?? ""
        case .type:
            return event.trigger.lowercased()
        }
    }
}
