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

    /// The nodes in file order (entities, then events, then documents), each made as it is read, so a
    /// large chronology is never held twice.
    var nodes: LazyMapSequence<Range<Int>, Node> { (0..<nodeCount).lazy.map(node(at:)) }
    /// How many nodes there are; ``node(at:)`` makes any one of them.
    var nodeCount: Int { shownEntities.count + chronology.events.count + chronology.documents.count }
    private let chronology: Chronology
    /// The positions of the entities that get a node.
    private let shownEntities: [Int]
    private let documentNodeIDs: [String: String]
    /// The edges, worked out on another thread while the nodes are written.
    var edges: EdgeList { pendingEdges.value }
    private let pendingEdges: BackgroundValue<EdgeList>

    init(_ chronology: Chronology) {
        let documentNodeIDs = Dictionary(
            chronology.documents.enumerated().map { ($1.id, "doc-" + CalendarDate.pad($0 + 1, 4)) },
            uniquingKeysWith: { a, _ in a })
        let shown = Set(chronology.entities.filter { $0.kind != .misc }.map(\.id))
        self.chronology = chronology
        self.documentNodeIDs = documentNodeIDs
        shownEntities = chronology.entities.indices.filter { shown.contains(chronology.entities[$0].id) }
        pendingEdges = BackgroundValue {
            Self.edges(chronology, shown: shown, documentNodeIDs: documentNodeIDs)
        }
    }

    /// Node `index` in file order.
    func node(at index: Int) -> Node {
        if index < shownEntities.count { return Self.node(chronology.entities[shownEntities[index]]) }
        let event = index - shownEntities.count
        if event < chronology.events.count { return Self.node(chronology.events.outline(at: event)) }
        let document = chronology.documents[event - chronology.events.count]
        return Self.node(document, id: documentNodeIDs[document.id]!)
    }

    /// The kinds of edges, with their labels.
    enum Relation: UInt8, Sendable {
        case participatesIn, occursAt, reportedBy, attributedTo, coOccursWith

        var label: String {
            switch self {
            case .participatesIn: return "PARTICIPATES_IN"
            case .occursAt: return "OCCURS_AT"
            case .reportedBy: return "REPORTED_BY"
            case .attributedTo: return "ATTRIBUTED_TO"
            case .coOccursWith: return "CO_OCCURS_WITH"
            }
        }
    }

    /// What an actor does in the event a PARTICIPATES_IN edge leads to.
    enum Role: UInt8, Sendable {
        case agent, patient, participant

        var name: String {
            switch self {
            case .agent: return "agent"
            case .patient: return "patient"
            case .participant: return "participant"
            }
        }
    }

    /// One edge as stored: node numbers, kind and count in 16 bytes, not strings.
    struct StoredEdge: Sendable {
        var from: Int32
        var to: Int32
        var count: Int32
        var relation: Relation
        var role: Role?
    }

    /// The edges in a stable order, told as ``Edge`` values as they are read.
    struct EdgeList: Sequence, Sendable {
        /// Node ids by node number.
        let names: [String]
        let stored: ChunkedArray<StoredEdge>

        func makeIterator() -> some IteratorProtocol<Edge> {
            stored.indices.lazy.map { self[$0] }.makeIterator()
        }

        var count: Int { stored.count }

        /// Edge `index` in file order.
        subscript(index: Int) -> Edge {
            let edge = stored[index]
            return Edge(
                source: names[Int(edge.from)], target: names[Int(edge.to)], label: edge.relation.label,
                weight: Double(edge.count), symmetric: edge.relation == .coOccursWith, role: edge.role?.name)
        }
    }

    /// The edges in a stable order: each kind in event order, repeated edges counted in the weight.
    static func edges(_ chronology: Chronology, shown: Set<String>, documentNodeIDs: [String: String]) -> EdgeList {
        // In chunks: the corpus's edges are never copied to a larger array as they grow.
        var edges = ChunkedArray<StoredEdge>()
        // Nodes are numbered entities first, then events, then documents, and edges are told apart by
        // the numbers of their two ends: each id is looked up once per event, pairs compare numbers.
        // Events are read once, in this loop: their ids are gathered as they go by.
        var names: [String] = []
        let entityCount = chronology.entities.count
        let eventCount = chronology.events.count
        names.reserveCapacity(entityCount + eventCount + documentNodeIDs.count)
        var shownNumber: [String: Int] = [:]
        shownNumber.reserveCapacity(shown.count)
        for entity in chronology.entities {
            if shown.contains(entity.id) { shownNumber[entity.id] = names.count }
            names.append(entity.id)
        }
        var documentNumber: [String: Int] = [:]
        var documentNames: [String] = []
        documentNumber.reserveCapacity(documentNodeIDs.count)
        for (document, id) in documentNodeIDs {
            documentNumber[document] = entityCount + eventCount + documentNames.count
            documentNames.append(id)
        }
        // A repeated edge adds to the weight of the first. An edge with an event at one end can repeat only
        // within that event, so those are told apart per event; only edges between two entities
        // (co-occurrences) need an index over the whole corpus.
        var pairIndex: [Int: Int] = [:]
        var eventEdgeIndex: [Int: Int] = [:]
        func add(_ from: Int, _ to: Int, _ relation: Relation, role: Role? = nil) {
            guard from != to else { return }
            let key = from << 32 | to
            let isPair = relation == .coOccursWith
            if let index = isPair ? pairIndex[key] : eventEdgeIndex[key] {
                edges[index].count += 1
                return
            }
            if isPair { pairIndex[key] = edges.count } else { eventEdgeIndex[key] = edges.count }
            edges.append(StoredEdge(from: Int32(from), to: Int32(to), count: 1, relation: relation, role: role))
        }
        // Edges: each kind in event order, so the file is stable.
        for (position, event) in chronology.events.outlines.enumerated() {
            let eventNumber = entityCount + position
            names.append(event.id)
            eventEdgeIndex.removeAll(keepingCapacity: true)
            for actor in event.actorIDs {
                guard let number = shownNumber[actor] else { continue }
                let role: Role =
                    event.agentIDs.contains(actor)
                    ? .agent : event.patientIDs.contains(actor) ? .patient : .participant
                add(number, eventNumber, .participatesIn, role: role)
            }
            for place in event.placeIDs {
                if let number = shownNumber[place] { add(eventNumber, number, .occursAt) }
            }
            for document in event.tellingDocumentIDs {
                if let number = documentNumber[document] { add(eventNumber, number, .reportedBy) }
            }
            for source in event.attributionEntityIDs where !event.actorIDs.contains(source) {
                if let number = shownNumber[source] { add(eventNumber, number, .attributedTo) }
            }
            // Shown actors and places in id order, each pair of different ones once per appearance.
            let participants = (event.actorIDs + event.placeIDs).compactMap { id in shownNumber[id].map { (id, $0) } }
                .sorted { $0.0 < $1.0 }
            for (offset, first) in participants.enumerated() {
                for second in participants[(offset + 1)...] where first.1 != second.1 {
                    add(first.1, second.1, .coOccursWith)
                }
            }
        }
        names.append(contentsOf: documentNames)
        return EdgeList(names: names, stored: edges)
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

    static func node(_ event: EventOutline) -> Node {
        let label = eventLabel(event)
        return Node(
            id: event.id,
            data: [
                ("labels", ":Event"), ("n_label", label), ("n_name", label), ("n_kind", "event"),
                ("n_date", event.date?.edtf ?? ""), ("n_timex", event.date?.value ?? ""),
                ("n_date_start", event.date?.start.description ?? ""),
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

    static func eventLabel(_ event: EventOutline) -> String {
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
