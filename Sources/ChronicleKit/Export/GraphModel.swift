import Foundation

/// The nodes and edges of a chronology graph, in a stable order, before they are written.
struct GraphModel {
    struct Node {
        var id: String
        var data: [(String, String)]
    }

    struct Edge {
        var source: String
        var target: String
        var label: String
        var weight: Double
        var symmetric = false
        /// For PARTICIPATES_IN: `agent`, `patient` or `participant`.
        var role: String? = nil
    }

    /// The nodes, made one at a time as they are written (entities, then events, then documents), so a
    /// large chronology is never held twice.
    let nodes: Nodes
    /// The edges, worked out on another thread while the nodes are written.
    var edges: [Edge] { pendingEdges.value }
    private let pendingEdges: BackgroundValue<[Edge]>

    init(_ chronology: Chronology) {
        let documentNodeIDs = Dictionary(
            chronology.documents.enumerated().map { ($1.id, "doc-" + CalendarDate.pad($0 + 1, 4)) },
            uniquingKeysWith: { a, _ in a })
        let shown = Set(chronology.entities.filter { $0.kind != .misc }.map(\.id))
        nodes = Nodes(chronology: chronology, shown: shown, documentNodeIDs: documentNodeIDs)
        pendingEdges = BackgroundValue {
            Self.edges(chronology, shown: shown, documentNodeIDs: documentNodeIDs)
        }
    }

    /// The edges in a stable order: each kind in event order, repeated edges counted in the weight.
    static func edges(_ chronology: Chronology, shown: Set<String>, documentNodeIDs: [String: String]) -> [Edge] {
        var edges: [Edge] = []
        // Edges are told apart by the numbers of their two ends, not by strings.
        var number: [String: Int] = [:]
        number.reserveCapacity(chronology.entities.count + chronology.events.count + documentNodeIDs.count)
        for entity in chronology.entities { number[entity.id] = number.count }
        for event in chronology.events { number[event.id] = number.count }
        for id in documentNodeIDs.values { number[id] = number.count }
        var edgeIndex: [Int: Int] = [:]
        func add(_ source: String, _ target: String, _ label: String, symmetric: Bool = false, role: String? = nil) {
            guard source != target, let from = number[source], let to = number[target] else { return }
            let key = from << 32 | to
            if let index = edgeIndex[key] {
                edges[index].weight += 1
                return
            }
            edgeIndex[key] = edges.count
            edges.append(
                Edge(source: source, target: target, label: label, weight: 1, symmetric: symmetric, role: role))
        }
        // Edges: each kind in event order, so the file is stable.
        for event in chronology.events {
            for actor in event.actorIDs where shown.contains(actor) {
                let role =
                    event.agentIDs.contains(actor)
                    ? "agent" : event.patientIDs.contains(actor) ? "patient" : "participant"
                add(actor, event.id, "PARTICIPATES_IN", role: role)
            }
            for place in event.placeIDs where shown.contains(place) { add(event.id, place, "OCCURS_AT") }
            for telling in event.evidence {
                if let document = documentNodeIDs[telling.documentID] { add(event.id, document, "REPORTED_BY") }
            }
            for source in event.attributionEntityIDs where shown.contains(source) && !event.actorIDs.contains(source) {
                add(event.id, source, "ATTRIBUTED_TO")
            }
            let participants = (event.actorIDs + event.placeIDs).filter(shown.contains).sorted()
            for (offset, first) in participants.enumerated() {
                for second in participants[(offset + 1)...] where first != second {
                    add(first, second, "CO_OCCURS_WITH", symmetric: true)
                }
            }
        }
        return edges
    }

    /// The graph's nodes in file order, each built when the iteration reaches it.
    struct Nodes: Sequence {
        let chronology: Chronology
        let shown: Set<String>
        let documentNodeIDs: [String: String]

        func makeIterator() -> Iterator {
            Iterator(nodes: self)
        }

        struct Iterator: IteratorProtocol {
            let nodes: Nodes
            var entity = 0
            var event = 0
            var document = 0

            mutating func next() -> Node? {
                let chronology = nodes.chronology
                while entity < chronology.entities.count {
                    let current = chronology.entities[entity]
                    entity += 1
                    if nodes.shown.contains(current.id) { return GraphModel.node(current) }
                }
                if event < chronology.events.count {
                    event += 1
                    return GraphModel.node(chronology.events[event - 1])
                }
                while document < chronology.documents.count {
                    let current = chronology.documents[document]
                    document += 1
                    if let id = nodes.documentNodeIDs[current.id] { return GraphModel.node(current, id: id) }
                }
                return nil
            }
        }
    }

    static func node(_ entity: Entity) -> Node {
        Node(
            id: entity.id,
            data: [
                ("labels", ":" + entity.kind.label), ("n_label", entity.canonicalName),
                ("n_name", entity.canonicalName),
                ("n_kind", entity.kind.rawValue), ("n_aliases", entity.aliases.joined(separator: "; ")),
                ("n_roles", entity.roles.joined(separator: "; ")), ("n_mentions", String(entity.mentionCount)),
                ("n_documents", entity.documentIDs.joined(separator: "; ")),
            ])
    }

    static func node(_ event: ChronologyEvent) -> Node {
        let label = eventLabel(event)
        return Node(
            id: event.id,
            data: [
                ("labels", ":Event"), ("n_label", label), ("n_name", label), ("n_kind", "event"),
                ("n_date", event.date?.value ?? ""), ("n_date_start", event.date?.start.description ?? ""),
                ("n_date_end", event.date?.end.description ?? ""),
                ("n_date_precision", event.date?.precision.rawValue ?? ""),
                ("n_date_text", event.date?.text ?? ""), ("n_summary", event.summary),
                ("n_trigger", event.trigger),
                ("n_modality", event.modality.rawValue),
                ("n_attribution", event.attributions.joined(separator: "; ")),
                ("n_sources_count", String(event.sourcesCount)),
                ("n_disputed", event.disputed ? "true" : "false"),
                ("n_documents", event.documentIDs.joined(separator: "; ")),
            ])
    }

    static func node(_ document: DocumentInfo, id: String) -> Node {
        Node(
            id: id,
            data: [
                ("labels", ":Document"), ("n_label", document.label), ("n_name", document.label),
                ("n_kind", "document"),
                ("n_published", document.published?.description ?? ""),
                ("n_publisher", document.publisher ?? ""),
                ("n_title", document.title ?? ""), ("n_path", document.source),
            ])
    }

    static func eventLabel(_ event: ChronologyEvent) -> String {
        let summary = OutputText.singleLine(event.summary)
        let short = summary.count > 60 ? String(summary.prefix(59)) + "\u{2026}" : summary
        return event.date.map { "\(short) (\($0.value))" } ?? short
    }
}

/// A value computed on a thread of its own from the moment it is created; reading it waits until it is
/// ready. (A thread of its own, not the shared pool: the reader may itself be a pool thread, and a full
/// pool must not keep the work from starting.)
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()

    init(_ make: @escaping @Sendable () -> Value) {
        Thread {
            let value = make()
            self.lock.withLock { self.result = value }
            self.done.signal()
        }.start()
    }

    /// The value, once computed.
    var value: Value {
        done.wait()
        done.signal()  // later readers do not wait
        return lock.withLock { result! }
    }
}
