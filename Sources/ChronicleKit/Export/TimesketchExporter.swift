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
    /// The two ways Timesketch imports a timeline.
    public enum Format: Sendable {
        /// CSV with the columns above.
        case csv
        /// JSON Lines: one object per event with the same fields (numbers and booleans as such).
        case jsonLines
    }

    /// Which format.
    public var format: Format

    /// Creates an exporter.
    public init(format: Format = .csv) {
        self.format = format
    }

    /// How many events the export leaves out for want of a date.
    public static func undatedCount(_ chronology: Chronology) -> Int {
        chronology.events.outlines.filter { $0.date == nil }.count
    }

    public func export(_ chronology: Chronology, to output: inout some TextOutputStream) throws {
        if format == .csv { CSVTable.row(Self.columns, to: &output) }
        for event in chronology.events.outlines {
            guard let date = event.date else { continue }
            let cells = [
                OutputText.singleLine(event.summary), "\(date.start)T00:00:00+00:00",
                "Event date (\(date.precision.rawValue))", event.id, date.edtf, date.end.description,
                date.precision.rawValue, event.trigger, event.actorNames(in: chronology).joined(separator: "; "),
                event.placeNames(in: chronology).joined(separator: "; "),
                event.attributions.joined(separator: "; "),
                event.modality.rawValue, String(event.sourcesCount), event.disputed ? "true" : "false",
                event.documentIDs.joined(separator: "; "),
            ]
            switch format {
            case .csv:
                CSVTable.row(cells, to: &output)
            case .jsonLines:
                output.write("{")
                for (index, (column, cell)) in zip(Self.columns, cells).enumerated() {
                    if index > 0 { output.write(",") }
                    output.write(JSONText.quoted(column) + ":")
                    switch column {
                    case "sources_count", "disputed": output.write(cell)
                    default: output.write(JSONText.quoted(cell))
                    }
                }
                output.write("}\n")
            }
        }
    }
}
