/// Writes the chronology as a Timesketch import CSV: `message`, `datetime` (ISO 8601 with offset),
/// `timestamp_desc`, then the event's fields. Undated events cannot be placed and are left out; the
/// caller reports how many (``TimesketchExporter/undatedCount(_:)``).
public struct TimesketchExporter: ChronologyExporter {
    /// The columns, in order.
    public static let columns = [
        "message", "datetime", "timestamp_desc", "event_id", "date", "date_end", "precision", "trigger", "actors",
        "places",
        "attribution", "modality", "sources_count", "disputed", "documents",
    ]

    /// Creates an exporter.
    public init() {}

    /// How many events the export leaves out for want of a date.
    public static func undatedCount(_ chronology: Chronology) -> Int {
        chronology.events.outlines.filter { $0.date == nil }.count
    }

    public func export(_ chronology: Chronology, to output: inout some TextOutputStream) throws {
        CSVTable.row(Self.columns, to: &output)
        for event in chronology.events.outlines {
            guard let date = event.date else { continue }
            CSVTable.row(
                [
                    OutputText.singleLine(event.summary), "\(date.start)T00:00:00+00:00",
                    "Event date (\(date.precision.rawValue))", event.id, date.value, date.end.description,
                    date.precision.rawValue, event.trigger, event.actorNames(in: chronology).joined(separator: "; "),
                    event.placeNames(in: chronology).joined(separator: "; "),
                    event.attributions.joined(separator: "; "),
                    event.modality.rawValue, String(event.sourcesCount), event.disputed ? "true" : "false",
                    event.documentIDs.joined(separator: "; "),
                ], to: &output)
        }
    }
}
