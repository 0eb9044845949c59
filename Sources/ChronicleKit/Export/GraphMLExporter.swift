import Foundation

/// Writes the chronology as GraphML in the portable profile (see `schemas/graphml/COMPATIBILITY.md`):
/// one directed graph, descriptive key ids declared first, nodes before edges, no parallel edges,
/// no defaults, no empty data, so Gephi, yEd, Cytoscape, NetworkX, igraph and Neo4j APOC all load it.
///
/// Nodes: people, organizations and places (`kind`, `aliases`, `mentions`), events (`date`,
/// `date_start`, `date_end`, `date_precision`, `summary`, ...) and documents (`published`).
/// Edges: `PARTICIPATES_IN` (actor → event), `OCCURS_AT` (event → place), `REPORTED_BY`
/// (event → document), `ATTRIBUTED_TO` (event → source entity), `CO_OCCURS_WITH` (entity → entity,
/// written once with the smaller id as source and `symmetric=true`).
public struct GraphMLExporter: ChronologyExporter {
    /// A title, written in a comment before the graph.
    public var title: String
    /// Adds yEd's yFiles graphics (labels, shapes and colours by kind), which yEd shows without mapping.
    /// The result no longer validates against the plain GraphML schema (other readers skip the extras).
    public var yEd: Bool

    /// How many cores write the nodes and edges (in chunks, put back in order: the file does not depend
    /// on it).
    public var threads: Int

    /// Creates an exporter.
    public init(title: String = "Chronicle chronology", yEd: Bool = false, threads: Int = 1) {
        self.title = title
        self.yEd = yEd
        self.threads = threads
    }

    /// Nodes and edges per chunk written on one core; a round of two chunks per core is held in memory
    /// (about half a megabyte per chunk) before it goes to the output.
    private static let chunkLength = 512

    /// yEd shape and fill colour of each kind of node.
    private static let yEdStyles: [String: (shape: String, color: String)] = [
        "person": ("ellipse", "#F4A261"), "organization": ("roundrectangle", "#2A9D8F"),
        "place": ("hexagon", "#8AB17D"),
        "event": ("rectangle", "#E9C46A"), "document": ("parallelogram", "#B0B0B0"),
    ]

    /// A `<key>` declaration.
    struct Key {
        let id: String
        let domain: String
        let name: String
        let type: String
    }

    static let keys: [Key] = [
        Key(id: "labels", domain: "node", name: "labels", type: "string"),
        Key(id: "n_label", domain: "node", name: "label", type: "string"),
        Key(id: "n_name", domain: "node", name: "name", type: "string"),
        Key(id: "n_kind", domain: "node", name: "kind", type: "string"),
        Key(id: "n_aliases", domain: "node", name: "aliases", type: "string"),
        Key(id: "n_roles", domain: "node", name: "roles", type: "string"),
        Key(id: "n_mentions", domain: "node", name: "mentions", type: "int"),
        Key(id: "n_documents", domain: "node", name: "documents", type: "string"),
        Key(id: "n_date", domain: "node", name: "date", type: "string"),
        Key(id: "n_timex", domain: "node", name: "timex", type: "string"),
        Key(id: "n_date_start", domain: "node", name: "date_start", type: "string"),
        Key(id: "n_date_end", domain: "node", name: "date_end", type: "string"),
        Key(id: "n_date_precision", domain: "node", name: "date_precision", type: "string"),
        Key(id: "n_date_text", domain: "node", name: "date_text", type: "string"),
        Key(id: "n_summary", domain: "node", name: "summary", type: "string"),
        Key(id: "n_trigger", domain: "node", name: "trigger", type: "string"),
        Key(id: "n_modality", domain: "node", name: "modality", type: "string"),
        Key(id: "n_attribution", domain: "node", name: "attribution", type: "string"),
        Key(id: "n_sources_count", domain: "node", name: "sources_count", type: "int"),
        Key(id: "n_disputed", domain: "node", name: "disputed", type: "boolean"),
        Key(id: "n_published", domain: "node", name: "published", type: "string"),
        Key(id: "n_publisher", domain: "node", name: "publisher", type: "string"),
        Key(id: "n_title", domain: "node", name: "title", type: "string"),
        Key(id: "n_path", domain: "node", name: "path", type: "string"),
        Key(id: "label", domain: "edge", name: "label", type: "string"),
        Key(id: "e_weight", domain: "edge", name: "weight", type: "double"),
        Key(id: "e_symmetric", domain: "edge", name: "symmetric", type: "boolean"),
        Key(id: "e_role", domain: "edge", name: "role", type: "string"),
    ]

    public func export(_ chronology: Chronology, to output: inout some TextOutputStream) throws {
        let graph = GraphModel(chronology)
        try XMLWriter.stream(to: &output) { writer in
            try writer.start("graphml")
            try writer.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns")
            try writer.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
            if yEd { try writer.attribute("xmlns:y", "http://www.yworks.com/xml/graphml") }
            try writer.attribute(
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
            for key in Self.keys {
                try writer.start("key")
                try writer.attribute("id", key.id)
                try writer.attribute("for", key.domain)
                try writer.attribute("attr.name", key.name)
                try writer.attribute("attr.type", key.type)
                try writer.end()
            }
            if yEd {
                for (id, domain) in [("n_gfx", "node"), ("e_gfx", "edge")] {
                    try writer.start("key")
                    try writer.attribute("id", id)
                    try writer.attribute("for", domain)
                    try writer.attribute("yfiles.type", domain == "node" ? "nodegraphics" : "edgegraphics")
                    // Typed like every other key, so readers that require a type (graph-tool) load it.
                    try writer.attribute("attr.type", "string")
                    try writer.end()
                }
            }
            // The title and the generator as a comment: graph-level keys make Gephi's importer complain.
            try writer.comment(" \(title), written by Chronicle \(ChronicleVersion.current) ")
            try writer.start("graph")
            try writer.attribute("id", "chronology")
            try writer.attribute("edgedefault", "directed")
            try writeElements(count: graph.nodeCount, to: writer) { try node(graph.node(at: $1), to: $0) }
            let edges = graph.edges
            try writeElements(count: edges.count, to: writer) { try edge(edges[$1], index: $1, to: $0) }
            try writer.end()
            try writer.end()
        }
    }

    /// Writes elements `0..<count` into the open `<graph>`: on more than one core, in chunks made side by
    /// side as text, then put into the file in order.
    private func writeElements(
        count: Int, to writer: XMLWriter, _ element: @Sendable (XMLWriter, Int) throws -> Void
    ) throws {
        guard threads > 1 else {
            // One core: straight into the stream, without the chunks' copies.
            for index in 0..<count { try element(writer, index) }
            return
        }
        guard count > 0 else { return }
        // The first element goes through the writer, which closes the parent's start tag (the fragments
        // must land after it) and keeps libxml2's indentation of the parent's end tag.
        try element(writer, 0)
        let round = Self.chunkLength * 2 * threads
        for roundStart in stride(from: 1, to: count, by: round) {
            let chunks = (min(count, roundStart + round) - roundStart + Self.chunkLength - 1) / Self.chunkLength
            let texts = parallelMap(count: chunks, threads: threads, chunk: 1) { chunk in
                let start = roundStart + chunk * Self.chunkLength
                let end = min(count, start + Self.chunkLength)
                return Result {
                    try XMLWriter.fragment(depth: 2) { fragment in
                        for index in start..<end { try element(fragment, index) }
                    }
                }
            }
            for text in texts { try writer.insert(text.get()) }
        }
    }

    /// `<node>` with its data.
    private func node(_ node: GraphModel.Node, to writer: XMLWriter) throws {
        try writer.start("node")
        try writer.attribute("id", node.id)
        for (key, value) in node.data { try data(writer, key, value) }
        if yEd { try shapeNode(writer, node) }
        try writer.end()
    }

    /// `<edge>` number `index` (from 0) with its data.
    private func edge(_ edge: GraphModel.Edge, index: Int, to writer: XMLWriter) throws {
        try writer.start("edge")
        try writer.attribute("id", "e-" + CalendarDate.pad(index + 1, 6))
        try writer.attribute("source", edge.source)
        try writer.attribute("target", edge.target)
        try data(writer, "label", edge.label)
        try data(writer, "e_weight", Self.decimal(edge.weight))
        if edge.symmetric { try data(writer, "e_symmetric", "true") }
        if let role = edge.role { try data(writer, "e_role", role) }
        if yEd {
            try writer.start("data")
            try writer.attribute("key", "e_gfx")
            try writer.start("y:PolyLineEdge")
            try writer.element("y:EdgeLabel", text: edge.label)
            try writer.end()
            try writer.end()
        }
        try writer.end()
    }

    /// `<data key="n_gfx"><y:ShapeNode>...</y:ShapeNode></data>` for yEd.
    private func shapeNode(_ writer: XMLWriter, _ node: GraphModel.Node) throws {
        let kind = node.data.first { $0.0 == "n_kind" }?.1 ?? "event"
        let label = node.data.first { $0.0 == "n_label" }?.1 ?? node.id
        let style = Self.yEdStyles[kind] ?? ("rectangle", "#CCCCCC")
        try writer.start("data")
        try writer.attribute("key", "n_gfx")
        try writer.start("y:ShapeNode")
        try writer.start("y:Geometry")
        try writer.attribute("height", "40.0")
        try writer.attribute("width", String(format: "%.1f", Double(min(max(label.count * 7, 60), 320))))
        try writer.end()
        try writer.start("y:Fill")
        try writer.attribute("color", style.color)
        try writer.attribute("transparent", "false")
        try writer.end()
        try writer.element("y:NodeLabel", text: OutputText.singleLine(label))
        try writer.start("y:Shape")
        try writer.attribute("type", style.shape)
        try writer.end()
        try writer.end()
        try writer.end()
    }

    /// Writes `<data>` unless the value is empty (the profile forbids empty data).
    private func data(_ writer: XMLWriter, _ key: String, _ value: String) throws {
        let single = OutputText.singleLine(value)
        guard !single.isEmpty else { return }
        try writer.element("data", attribute: ("key", key), text: single)
    }

    static func decimal(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)).0" : "\(value)"
    }
}
