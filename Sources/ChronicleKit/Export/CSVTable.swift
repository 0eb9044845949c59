/// Writes RFC 4180 rows (CRLF, quoted when needed, formula cells neutralised) for the CSV exporters.
struct CSVTable {
    /// Writes one row.
    static func row(_ cells: [String], to output: inout some TextOutputStream) {
        // Cell after cell into the stream: no joined line is made (a cell that needs no quotes is the
        // cell itself).
        for (index, cell) in cells.enumerated() {
            if index > 0 { output.write(",") }
            output.write(CSVExporter.escape(cell))
        }
        output.write("\r\n")
    }
}
