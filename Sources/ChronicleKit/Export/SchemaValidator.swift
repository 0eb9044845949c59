internal import CLibXML2

/// Validates XML documents against an XML Schema with libxml2, offline.
public struct SchemaValidator: Sendable {
    /// A validation problem, with the line it is on.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The line in the validated document (0 when unknown).
        public var line: Int
        /// libxml2's message.
        public var message: String

        public var description: String { "line \(line): \(message)" }
    }

    /// The schema file (`graphml.xsd`).
    public var schemaPath: String

    /// Creates a validator for the schema at `schemaPath`.
    public init(schemaPath: String) {
        self.schemaPath = schemaPath
    }

    /// Validates an XML string.
    /// - Returns: the problems found; empty when the document is valid.
    /// - Throws: ``ExportError/xmlWriter(_:)`` when the schema itself cannot be loaded.
    public func problems(in xml: String) throws -> [Problem] {
        _ = LibXML.ready
        guard let parserContext = xmlSchemaNewParserCtxt(schemaPath) else {
            throw ExportError.xmlWriter("cannot open schema \(schemaPath)")
        }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        var collector = ProblemCollector()
        return try withUnsafeMutablePointer(to: &collector) { pointer in
            xmlSchemaSetParserStructuredErrors(parserContext, collectProblem, pointer)
            guard let schema = xmlSchemaParse(parserContext) else {
                throw ExportError.xmlWriter(
                    "cannot parse schema \(schemaPath): \(pointer.pointee.problems.first?.message ?? "unknown error")")
            }
            defer { xmlSchemaFree(schema) }
            pointer.pointee.problems.removeAll()
            let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
            let length = Int32(clamping: xml.utf8.count)
            let document = xml.withCString { xmlReadMemory($0, length, "export.graphml", "UTF-8", options) }
            guard let document else { return [Problem(line: 0, message: "not well-formed XML")] }
            defer { xmlFreeDoc(document) }
            guard let validation = xmlSchemaNewValidCtxt(schema) else {
                throw ExportError.xmlWriter("cannot create a validation context")
            }
            defer { xmlSchemaFreeValidCtxt(validation) }
            xmlSchemaSetValidStructuredErrors(validation, collectProblem, pointer)
            let status = xmlSchemaValidateDoc(validation, document)
            if status != 0 && pointer.pointee.problems.isEmpty {
                return [Problem(line: 0, message: "invalid (libxml2 status \(status))")]
            }
            return pointer.pointee.problems
        }
    }
}

private struct ProblemCollector {
    var problems: [SchemaValidator.Problem] = []
}

/// libxml2's structured error callback: appends to the collector passed as context.
private func collectProblem(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let context, let error else { return }
    let collector = context.assumingMemoryBound(to: ProblemCollector.self)
    let message = error.pointee.message.map { String(cString: $0) } ?? "error"
    collector.pointee.problems.append(
        SchemaValidator.Problem(line: Int(error.pointee.line), message: String(message.trimmingCharacters(in: "\n "))))
}
