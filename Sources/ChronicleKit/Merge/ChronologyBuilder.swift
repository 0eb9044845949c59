/// Builds the chronology from the per-document analyses: resolves entities across the corpus, merges
/// the same event told by several documents, and orders events by the earliest day they allow.
///
/// The events wait on disk: each document's events go to an evidence spool as soon as it is analyzed,
/// the merge works on their keys, and the merged events are written to the chronology's own spool, from
/// which exporters read them one at a time.
public struct ChronologyBuilder: Sendable {
    /// The user's alias rules, applied when entities are resolved.
    public var aliases: AliasRules
    /// How many cores the per-document and per-event steps may use; the result does not depend on it.
    public var threads: Int
    /// The folder for the temporary spool files (`nil`: `TMPDIR`, else `/tmp`).
    public var spoolFolder: String?

    /// Creates a builder.
    public init(aliases: AliasRules = AliasRules(), threads: Int = 1, spoolFolder: String? = nil) {
        self.aliases = aliases
        self.threads = threads
        self.spoolFolder = spoolFolder
    }

    /// Starts an incremental build: add the documents' analyses batch by batch, then finish.
    /// - Throws: ``SpoolError`` when the temporary spool file cannot be created.
    public func start() throws -> ChronologyBuild {
        try ChronologyBuild(builder: self)
    }

    /// Builds the chronology of analyses at hand (``start()``, one ``ChronologyBuild/add(_:)``, then
    /// ``ChronologyBuild/finish()``).
    /// - Parameter analyses: the documents' analyses, in input order.
    /// - Throws: ``SpoolError`` when the temporary spool files cannot be written.
    public func build(_ analyses: consuming [DocumentAnalysis]) throws -> Chronology {
        let build = try start()
        build.add(analyses)
        return try build.finish()
    }

    /// A new, empty spool file in ``spoolFolder``.
    /// - Parameter readAhead: whether it will be read front to back, once sealed (see
    ///   ``SpoolFile/init(folder:readAhead:)``).
    func makeSpool(readAhead: Bool = false) throws -> SpoolFile {
        try spoolFolder.map { try SpoolFile(folder: $0, readAhead: readAhead) } ?? SpoolFile(readAhead: readAhead)
    }

    /// The corpus-level steps (entity resolution, the merge, the order, the disputes) on documents whose
    /// events are in `evidence`.
    ///
    /// The analyses and mentions are consumed: they are released as soon as the merge has what it needs
    /// of them, so the corpus is never held twice.
    /// - Parameters:
    ///   - analyses: the documents, in input order.
    ///   - mentions: their mentions, documents in the same order.
    ///   - evidence: the spool their events were written to.
    func merge(
        spooled analyses: consuming [SpooledAnalysis], mentions: consuming MentionTable, evidence: SpoolFile
    ) throws -> Chronology {
        try evidence.seal()
        var resolver = EntityResolver(rules: aliases)
        resolver.threads = threads
        mentions.seal()
        let resolution = resolver.resolve(mentions)
        let mentionRanges = (0..<mentions.documentCount).map { mentions.mentions(of: $0) }
        _ = consume mentions
        let entities = resolution.entities
        let entityIDs = entities.map(\.id)
        let entityNumbers = Dictionary(
            entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let documents = analyses.map(\.document)
        // Each document's independent source, numbered.
        let sourceKeys = Self.independentSources(
            documents.map(\.sourceKey), analyses.map { $0.events.map(\.telling.fingerprint) })
        var sourceNumbers: [String: Int32] = [:]
        let sources = sourceKeys.map { key in
            if let number = sourceNumbers[key] { return number }
            sourceNumbers[key] = Int32(sourceNumbers.count)
            return Int32(sourceNumbers.count - 1)
        }
        let table = DraftTable(
            &analyses, mentionEntities: { resolution.entityOfMention[mentionRanges[$0]] },
            entityKinds: entities.map(\.kind), sources: sources, threads: threads)
        _ = consume analyses
        let groups = DraftGroups(merging: table)
        // Events are ordered by small keys worked out from their tellings' drafts (ties keep the merge order),
        // then made in that order, in blocks across the cores, their tellings read back from the evidence
        // spool, and written to the chronology's spool one after another: exporters then read it front to
        // back. Only their places and the facts the disputes need stay in memory.
        let orderKeys = groups.indices.map { table.orderKey(groups[$0]) }
        let order = groups.indices.sorted { a, b in
            orderKeys[a].precedes(orderKeys[b], documents) || !orderKeys[b].precedes(orderKeys[a], documents) && a < b
        }
        let spool = try makeSpool(readAhead: true)
        var records: [SpoolRange] = []
        records.reserveCapacity(groups.count)
        // The disputes are found in merge order, as the events' buckets were always filled.
        var facts = [DisputeFinder.Facts](
            repeating: DisputeFinder.Facts(kinds: [], actors: [], sources: [], days: nil, isDenied: false),
            count: groups.count)
        var internallyDisputed = [Bool](repeating: false, count: groups.count)
        let blockLength = 4096
        for blockStart in stride(from: 0, to: order.count, by: blockLength) {
            let block = blockStart..<min(order.count, blockStart + blockLength)
            let made = parallelMap(count: block.count, threads: threads) { offset in
                let group = groups[order[block.lowerBound + offset]]
                let evidenceEvents = group.map { member in
                    let place = table.drafts[Int(member)].telling.record
                    var reader = RecordReader(evidence.read(place))
                    return Event(record: &reader, at: place.offset, spool: evidence)
                }
                let event = table.makeEvent(group, evidenceEvents, entityIDs: entityIDs)
                var writer = RecordWriter()
                event.write(
                    to: &writer, entityNumbers: entityNumbers,
                    tellings: group.map { table.drafts[Int($0)].telling.record })
                let facts = DisputeFinder.Facts(
                    kinds: group.reduce(EventKinds()) { $0.union(table.drafts[Int($1)].telling.kinds) },
                    actors: event.actorIDs.map { Int32(entityNumbers[$0]!) },
                    sources: unique(group.map { table.drafts[Int($0)].source }),
                    days: event.date.map { (Int32($0.start.dayNumber), Int32($0.end.dayNumber)) },
                    isDenied: event.modality == .denied)
                return (writer.bytes, facts, event.disputed)
            }
            for (offset, (bytes, eventFacts, disputed)) in made.enumerated() {
                let mergeIndex = order[block.lowerBound + offset]
                records.append(try spool.appendRecord(bytes))
                facts[mergeIndex] = eventFacts
                internallyDisputed[mergeIndex] = disputed
            }
        }
        try spool.seal()
        let disputed = zip(internallyDisputed, DisputeFinder().disputed(facts)).map { $0 || $1 }
        let events = SpooledEvents(
            spool: spool, evidence: evidence, records: records, disputed: order.map { disputed[$0] },
            entityIDs: entityIDs)
        return Chronology(documents: documents, entities: entities, events: ChronologyEvents(spooled: events))
    }

    // MARK: - Independent sources

    /// The source each document counts as: its publisher, or, for a syndicated copy or near-duplicate
    /// (at least half of its event sentences, and two or more, found word for word in an earlier
    /// document), the source of that earlier document. Documents meet through shared sentence keys only.
    /// - Parameters:
    ///   - publishers: each document's own source key, in input order.
    ///   - fingerprints: each document's event sentences, fingerprinted.
    static func independentSources(_ publishers: [String], _ fingerprints: [[SentenceFingerprint]]) -> [String] {
        var keys = publishers
        var firstDocument: [SentenceFingerprint: Int] = [:]
        for (order, events) in fingerprints.enumerated() {
            let sentences = Set(events.filter { $0.length >= 40 })
            var shared: [Int: Int] = [:]
            for sentence in sentences {
                if let earlier = firstDocument[sentence] {
                    shared[earlier, default: 0] += 1
                } else {
                    firstDocument[sentence] = order
                }
            }
            if let (earlier, count) = shared.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), count >= 2,
                count * 2 >= sentences.count
            {
                keys[order] = keys[earlier]
            }
        }
        return keys
    }
}

/// The elements in first-seen order, without repeats.
func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}
