/// Writes a chronology in one output format.
public protocol ChronologyExporter: Sendable {
    /// Writes `chronology` to `output`.
    /// - Throws: ``ExportError`` when the output cannot be produced.
    func export(_ chronology: Chronology, to output: inout some TextOutputStream) throws
}

extension ChronologyExporter {
    /// The whole export as a string.
    public func render(_ chronology: Chronology) throws -> String {
        var output = ""
        try export(chronology, to: &output)
        return output
    }
}

/// Why an export failed.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libxml2 failed while writing XML.
    case xmlWriter(String)
    /// A template could not be read or parsed.
    case template(name: String, reason: String)
    /// An output file could not be written.
    case output(path: String, reason: String)

    public var description: String {
        switch self {
        case .xmlWriter(let reason): return "GraphML writer failed: \(reason)"
        case .template(let name, let reason): return "template \(name): \(reason)"
        case .output(let path, let reason): return "\(path): cannot write (\(reason))"
        }
    }
}
