/// Writes the chronology as GEXF 1.3 for Gephi's timeline: a dynamic graph where each event node (and
/// the edges to it) exists from its first to its last possible day; people, organizations, places and
/// documents are always present. Written with libxml2's writer, like the GraphML.
public struct GEXFExporter: ChronologyExporter {
    /// Creates an exporter.
    public init() {}

    private static let attributes = [
        ("kind", "n_kind"), ("aliases", "n_aliases"), ("mentions", "n_mentions"), ("date", "n_date"),
        ("date_precision", "n_date_precision"), ("summary", "n_summary"), ("modality", "n_modality"),
        ("attribution", "n_attribution"), ("sources_count", "n_sources_count"), ("disputed", "n_disputed"),
        ("published", "n_published"),
    ]

    public func export(_ chronology: Chronology, to output: inout some TextOutputStream) throws {
        let graph = GraphModel(chronology)
        let periods = Dictionary(
            chronology.events.outlines.compactMap { event in event.date.map { (event.id, $0) } },
            uniquingKeysWith: { a, _ in a }
        )
        try XMLWriter.stream(to: &output) { writer in
            try writer.start("gexf")
            try writer.attribute("xmlns", "http://gexf.net/1.3")
            try writer.attribute("version", "1.3")
            try writer.start("meta")
            try writer.element("creator", text: "Chronicle \(ChronicleVersion.current)")
            try writer.element(
                "description", text: "Event chronology: people, organizations, places, events, documents")
            try writer.end()
            try writer.start("graph")
            try writer.attribute("mode", "dynamic")
            try writer.attribute("defaultedgetype", "directed")
            try writer.attribute("timeformat", "date")
            try writer.start("attributes")
            try writer.attribute("class", "node")
            try writer.attribute("mode", "static")
            for (name, _) in Self.attributes {
                try writer.start("attribute")
                try writer.attribute("id", name)
                try writer.attribute("title", name)
                try writer.attribute(
                    "type",
                    name == "mentions" || name == "sources_count"
                        ? "integer" : name == "disputed" ? "boolean" : "string")
                try writer.end()
            }
            try writer.end()
            try writer.start("nodes")
            for node in graph.nodes {
                let data = Dictionary(node.data, uniquingKeysWith: { a, _ in a })
                try writer.start("node")
                try writer.attribute("id", node.id)
                try writer.attribute("label", OutputText.singleLine(data["n_label"] ?? node.id))
                if let period = periods[node.id] {
                    try writer.attribute("start", period.start.description)
                    try writer.attribute("end", period.end.description)
                }
                try writer.start("attvalues")
                for (name, key) in Self.attributes {
                    guard let value = data[key], !value.isEmpty else { continue }
                    try writer.start("attvalue")
                    try writer.attribute("for", name)
                    try writer.attribute("value", OutputText.singleLine(value))
                    try writer.end()
                }
                try writer.end()
                try writer.end()
            }
            try writer.end()
            try writer.start("edges")
            for (index, edge) in graph.edges.enumerated() {
                try writer.start("edge")
                try writer.attribute("id", "e-" + CalendarDate.pad(index + 1, 6))
                try writer.attribute("source", edge.source)
                try writer.attribute("target", edge.target)
                try writer.attribute("label", edge.label)
                try writer.attribute("weight", GraphMLExporter.decimal(edge.weight))
                if let period = periods[edge.source] ?? periods[edge.target] {
                    try writer.attribute("start", period.start.description)
                    try writer.attribute("end", period.end.description)
                }
                try writer.end()
            }
            try writer.end()
            try writer.end()
            try writer.end()
        }
    }
}
