internal import CLibXML2

/// One-time libxml2 set-up, shared by every reader and writer in this folder.
enum LibXML {
    /// Initializes the parser once (thread-safe: Swift runs a global's initializer exactly once).
    static let ready: Void = {
        xmlInitParser()
    }()

    /// A C string from libxml2 as a Swift string; `nil` stays `nil`.
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    /// Reads and frees a string libxml2 allocated (e.g. from `xmlGetProp`).
    static func take(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        defer { chronicle_xml_free(pointer) }
        return string(pointer)
    }

    /// The lower-case name of an element node.
    static func name(_ node: xmlNodePtr) -> String {
        (string(node.pointee.name) ?? "").lowercased()
    }

    /// A node's children (all kinds), in document order.
    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var children: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            children.append(current)
            child = current.pointee.next
        }
        return children
    }

    /// An attribute's value.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        take(xmlGetProp(node, name))
    }

    /// The last error a parser context recorded, as `(line, message)`.
    static func lastError(_ context: xmlParserCtxtPtr?) -> (line: Int, message: String)? {
        guard let context, let error = xmlCtxtGetLastError(context) else { return nil }
        let message = error.pointee.message.map { String(cString: $0) } ?? "parse error"
        return (Int(error.pointee.line), plain(message.trimmingCharacters(in: "\n ").description))
    }

    /// libxml2's message in the user's terms: its advice to raise a parser limit is not theirs to take.
    static func plain(_ message: String) -> String {
        if message.hasPrefix("Excessive depth in document") {
            return "elements nested deeper than the parser's safety limit (refused)"
        }
        if message.contains("XML_PARSE_HUGE") {
            return message.replacingOccurrences(
                of: "use XML_PARSE_HUGE option", with: "(over the parser's safety limit)")
        }
        return message
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> Substring {
        let members = Set(set)
        let start = firstIndex { !members.contains($0) } ?? endIndex
        let end = lastIndex { !members.contains($0) }.map { index(after: $0) } ?? start
        return start < end ? self[start..<end] : ""
    }
}
