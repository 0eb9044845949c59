import Foundation

/// Writes the chronology as CSV: RFC 4180, UTF-8, CRLF line ends, one row per event.
///
/// Columns follow the contract: `event_id, date, date_start, date_end, precision, date_text, summary,
/// trigger, actors, places, attribution, modality, sources_count, documents, sentence, char_start,
/// char_end`. Cells a spreadsheet would run as a formula are neutralised with a leading apostrophe.
public struct CSVExporter: ChronologyExporter {
    /// The contract's columns, in order.
    public static let columns = [
        "event_id", "date", "timex", "date_start", "date_end", "not_after", "precision", "date_text", "summary",
        "trigger", "actors", "places", "attribution", "modality", "sources_count", "documents", "sentence",
        "char_start", "char_end",
    ]

    /// Whether to start with a UTF-8 byte-order mark, which Excel needs to read UTF-8.
    public var byteOrderMark: Bool

    /// Creates an exporter.
    public init(byteOrderMark: Bool = false) {
        self.byteOrderMark = byteOrderMark
    }

    public func export(_ chronology: Chronology, to output: inout some TextOutputStream) throws {
        if byteOrderMark { output.write("\u{FEFF}") }
        CSVTable.row(Self.columns, to: &output)
        let published = Dictionary(
            chronology.documents.compactMap { document in document.published.map { (document.id, $0) } },
            uniquingKeysWith: { first, _ in first })
        // Outlines: all a row shows, without reading the tellings.
        for event in chronology.events.outlines {
            // An undated event happened no later than the earliest document telling it.
            let bound = event.date == nil ? event.documentIDs.compactMap { published[$0] }.min()?.description : nil
            CSVTable.row(
                [
                    event.id, event.date?.edtf ?? "", event.date?.value ?? "", event.date?.start.description ?? "",
                    event.date?.end.description ?? "", bound ?? "",
                    event.date?.precision.rawValue ?? "", event.date?.text ?? "", OutputText.singleLine(event.summary),
                    event.trigger, event.actorNames(in: chronology).joined(separator: "; "),
                    event.placeNames(in: chronology).joined(separator: "; "),
                    event.attributions.joined(separator: "; "),
                    event.modality.rawValue, String(event.sourcesCount), event.documentIDs.joined(separator: "; "),
                    String(event.firstSentenceIndex), String(event.firstCharacterRange.lowerBound),
                    String(event.firstCharacterRange.upperBound),
                ], to: &output)
        }
    }

    /// One CSV cell: quoted when it holds a comma, quote or line break (quotes doubled), and prefixed
    /// with `'` when a spreadsheet would run it as a formula (`= + - @`, tab, carriage return first).
    public static func escape(_ cell: String) -> String {
        // A comma, a quote or a line break; the bytes are scanned in place when the string allows it.
        let needsQuoting = { (byte: UInt8) in byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D }
        let needsQuotes =
            cell.utf8.withContiguousStorageIfAvailable { $0.contains(where: needsQuoting) }
            ?? cell.utf8.contains(where: needsQuoting)
        let guarded: Bool
        if let first = cell.utf8.first {
            guarded = first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
        } else {
            guarded = false
        }
        if !needsQuotes { return guarded ? "'" + cell : cell }
        if !cell.utf8.contains(0x22) { return (guarded ? "\"'" : "\"") + cell + "\"" }
        var quoted = "\""
        quoted.reserveCapacity(cell.utf8.count + 8)
        if guarded { quoted += "'" }
        for character in cell.unicodeScalars {
            if character == "\"" { quoted.unicodeScalars.append("\"") }
            quoted.unicodeScalars.append(character)
        }
        quoted += "\""
        return quoted
    }
}
