/// Writes RFC 4180 rows (CRLF, quoted when needed, formula cells neutralised) for the CSV exporters.
struct CSVTable {
    /// Writes one row.
    static func row(_ cells: [String], to output: inout some TextOutputStream) {
        output.write(cells.map(CSVExporter.escape).joined(separator: ","))
        output.write("\r\n")
    }
}
