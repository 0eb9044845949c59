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

    /// Builds the chronology.
    /// - Parameter analyses: the documents' analyses, in input order.
    /// - Throws: ``SpoolError`` when the temporary spool files cannot be written.
    public func build(_ analyses: consuming [DocumentAnalysis]) throws -> Chronology {
        let evidence = try makeSpool()
        let prepared = analyses.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let shared = buffer
            return parallelMap(count: shared.count, threads: threads) { SpooledAnalysis.prepare(shared[$0]) }
        }
        _ = consume analyses
        return try build(spooled: prepared.map { try SpooledAnalysis($0, spool: evidence) }, evidence: evidence)
    }

    /// A new, empty spool file in ``spoolFolder``.
    func makeSpool() throws -> SpoolFile {
        try spoolFolder.map { try SpoolFile(folder: $0) } ?? SpoolFile()
    }

    /// Builds the chronology from documents whose events are in `evidence`.
    ///
    /// The analyses are consumed: each document's mentions are released as soon as the entities are
    /// resolved, so the corpus is never held twice.
    func build(spooled analyses: consuming [SpooledAnalysis], evidence: SpoolFile) throws -> Chronology {
        var resolver = EntityResolver(rules: aliases)
        resolver.threads = threads
        let resolution = resolver.resolve(analyses.map { ($0.document.id, $0.mentions) })
        for order in analyses.indices { analyses[order].mentions = [] }
        let entityNumbers = Dictionary(
            resolution.entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let entityKinds = Dictionary(resolution.entities.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        let documents = analyses.map(\.document)
        let documentCount = analyses.count
        let sourceKeys = Self.independentSources(
            documents.map(\.sourceKey), analyses.map { $0.events.map(\.fingerprint) })
        // Per document and in parallel: what the merge needs of each event, its entities resolved.
        let drafts = analyses.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let shared = buffer
            return parallelMap(count: documentCount, threads: threads) { order in
                let analysis = shared[order]
                let ids = resolution.mentionEntityIDs[analysis.document.id] ?? []
                return analysis.events.enumerated().map { position, key in
                    Self.draft(
                        key, mentionNumbers: analysis.mentionNumbers, at: (order, position),
                        sourceKey: sourceKeys[order], ids: ids, entityKinds: entityKinds)
                }
            }.flatMap { $0 }
        }
        _ = consume analyses
        let groups = merge(drafts)
        // Merged events are made in blocks across the cores, their tellings read back from the evidence
        // spool, and written to the chronology's spool in merge order; only their places and the facts
        // the disputes and the order need stay in memory.
        let spool = try makeSpool()
        var records: [SpoolRange] = []
        records.reserveCapacity(groups.count)
        var facts: [DisputeFinder.Facts] = []
        facts.reserveCapacity(groups.count)
        var internallyDisputed: [Bool] = []
        internallyDisputed.reserveCapacity(groups.count)
        var orderKeys: [OrderKey] = []
        orderKeys.reserveCapacity(groups.count)
        let blockLength = 4096
        for blockStart in stride(from: 0, to: groups.count, by: blockLength) {
            let block = blockStart..<min(groups.count, blockStart + blockLength)
            let made = parallelMap(count: block.count, threads: threads) { offset in
                let group = groups[block.lowerBound + offset]
                let tellings = group.map { drafts[$0] }
                let evidenceEvents = tellings.map { telling in
                    var reader = RecordReader(evidence.read(telling.record))
                    return Event(record: &reader)
                }
                let event = Self.makeEvent(tellings, evidenceEvents)
                var writer = RecordWriter(capacity: 2048)
                event.write(to: &writer, entityNumbers: entityNumbers)
                let facts = DisputeFinder.Facts(
                    kinds: tellings.reduce(EventKinds()) { $0.union($1.kinds) },
                    actors: event.actorIDs.map { Int32(entityNumbers[$0]!) },
                    sources: unique(tellings.map { sourceKeys[Int($0.document)] }),
                    days: event.date.map { (Int32($0.start.dayNumber), Int32($0.end.dayNumber)) },
                    isDenied: event.modality == .denied)
                let key = OrderKey(
                    days: event.date.map { ($0.start.dayNumber, $0.end.dayNumber) },
                    document: Int(tellings[0].document), sentenceIndex: Int(tellings[0].sentenceIndex))
                return (writer.bytes, facts, event.disputed, key)
            }
            for (bytes, eventFacts, disputed, key) in made {
                records.append(try spool.append(bytes))
                facts.append(eventFacts)
                internallyDisputed.append(disputed)
                orderKeys.append(key)
            }
        }
        let disputed = zip(internallyDisputed, DisputeFinder().disputed(facts)).map { $0 || $1 }
        // Indices are sorted by small keys rather than the events themselves; ties keep the merge order.
        let order = records.indices.sorted { a, b in
            orderKeys[a].precedes(orderKeys[b], documents) || !orderKeys[b].precedes(orderKeys[a], documents) && a < b
        }
        let events = SpooledEvents(
            spool: spool, records: order.map { records[$0] }, disputed: order.map { disputed[$0] },
            entityIDs: resolution.entities.map(\.id))
        return Chronology(
            documents: documents, entities: resolution.entities, events: ChronologyEvents(spooled: events))
    }

    /// What the merge needs of one event: where it is (document and position), its date, source and
    /// the entities its mentions resolve to.
    private static func draft(
        _ key: EventKey, mentionNumbers: [Int32], at place: (document: Int, position: Int), sourceKey: String,
        ids: [String?], entityKinds: [String: EntityKind]
    ) -> Draft {
        let mentions = key.mentions(in: mentionNumbers)
        // People and organizations, and the places the grammar shows acting or acted upon.
        let roleHolders = Set(mentions.agents + mentions.patients)
        let actors = unique(
            mentions.actors.compactMap { index in
                ids[index].flatMap { id in
                    entityKinds[id] == .misc || entityKinds[id] == .place && !roleHolders.contains(index) ? nil : id
                }
            })
        let places = unique(mentions.places.compactMap { ids[$0] }.filter { entityKinds[$0] == .place })
        // The source's own mention, as the extractor found it (no search over the document).
        let source = key.sourceMention >= 0 && Int(key.sourceMention) < ids.count ? ids[Int(key.sourceMention)] : nil
        let roleIDs = { (mentions: [Int]) in unique(mentions.compactMap { ids[$0] }.filter(actors.contains)) }
        return Draft(
            document: Int32(place.document), position: Int32(place.position), record: key.record,
            sentenceIndex: key.sentenceIndex, dateValue: key.dateValue, sourceKey: sourceKey,
            fingerprint: key.fingerprint, lemma: key.lemma, kinds: key.kinds, actors: actors, places: places,
            attributionEntity: source, agents: roleIDs(mentions.agents), patients: roleIDs(mentions.patients))
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

    // MARK: - Merging

    /// What the merge needs of one telling: where the event is, its date, source and resolved entities.
    struct Draft: Sendable {
        /// The document (in input order) and the event's position among its events.
        var document: Int32
        var position: Int32
        /// Where the whole event lies in the evidence spool, and its sentence.
        var record: SpoolRange
        var sentenceIndex: Int32
        var dateValue: String?
        var sourceKey: String
        var fingerprint: SentenceFingerprint
        var lemma: String
        var kinds: EventKinds
        var actors: [String]
        var places: [String]
        var attributionEntity: String?
        var agents: [String] = []
        var patients: [String] = []
    }

    struct SentenceKey: Hashable {
        var sentence: SentenceFingerprint
        var date: String?
        var lemma: String
    }

    /// Groups drafts that tell the same event: the same sentence text anywhere, or the same date and
    /// event word with a shared actor. Candidates meet through hash keys, never all against all.
    /// - Returns: the groups, as indices into `drafts`, in order of their first telling.
    func merge(_ drafts: [Draft]) -> [[Int]] {
        var sets = DisjointSets(count: drafts.count)
        var bySentence: [SentenceKey: Int] = [:]
        var byDateAndTrigger: [String: [Int]] = [:]
        for (index, draft) in drafts.enumerated() {
            // The sentence's letters and digits with the event's date and word: the same sentence in two
            // documents is the same event, but two dates in one sentence are two events.
            if draft.fingerprint.length >= 20 {
                let sentenceKey = SentenceKey(sentence: draft.fingerprint, date: draft.dateValue, lemma: draft.lemma)
                if let other = bySentence[sentenceKey] {
                    sets.union(index, other)
                } else {
                    bySentence[sentenceKey] = index
                }
            }
            if let date = draft.dateValue, !draft.lemma.isEmpty {
                let kind = EventKinds.classes[draft.lemma] ?? draft.lemma
                byDateAndTrigger["\(date)|\(kind)", default: []].append(index)
            }
        }
        for members in byDateAndTrigger.values where members.count > 1 {
            var byActor: [String: Int] = [:]
            for member in members {
                for actor in drafts[member].actors {
                    if let other = byActor[actor] {
                        sets.union(member, other)
                    } else {
                        byActor[actor] = member
                    }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for index in drafts.indices {
            let root = sets.find(index)
            if groups[root] == nil { order.append(root) }
            groups[root, default: []].append(index)
        }
        return order.map { groups[$0]! }
    }

    private static func makeEvent(_ group: [Draft], _ evidence: [Event]) -> ChronologyEvent {
        let primaryIndex = evidence.firstIndex { $0.time != nil } ?? 0
        let primary = evidence[primaryIndex]
        let dates = Set(group.compactMap(\.dateValue))
        let modalities = Set(evidence.map(\.modality))
        let modality: Modality =
            modalities.count == 1
            ? primary.modality
            : modalities.contains(.denied) ? .denied : Modality.allCases.first { modalities.contains($0) } ?? .asserted
        return ChronologyEvent(
            id: "", date: primary.time.flatMap(EventDate.init), summary: primary.summary,
            trigger: primary.trigger, actorIDs: unique(group.flatMap(\.actors)),
            placeIDs: unique(group.flatMap(\.places)), agentIDs: unique(group.flatMap(\.agents)),
            patientIDs: unique(group.flatMap(\.patients)),
            attributions: unique(evidence.map(\.attribution.source)),
            attributionEntityIDs: unique(group.compactMap(\.attributionEntity)),
            modality: modality, evidence: evidence, sourcesCount: Set(group.map(\.sourceKey)).count,
            disputed: dates.count > 1 || (modalities.contains(.denied) && modalities.count > 1))
    }

    /// The chronological order of events, taken out of them to sort without reading events: dated
    /// events by first day, last day, then document order; undated events after, in document order.
    struct OrderKey: Sendable {
        var days: (start: Int, end: Int)?
        /// The first telling's document (in input order) and sentence.
        var document: Int
        var sentenceIndex: Int

        /// Whether the event of this key comes before that of `other`; documents compare by id.
        func precedes(_ other: OrderKey, _ documents: [DocumentInfo]) -> Bool {
            switch (days, other.days) {
            case let (x?, y?):
                if x.start != y.start { return x.start < y.start }
                if x.end != y.end { return x.end < y.end }
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): break
            }
            if document != other.document, documents[document].id != documents[other.document].id {
                return documents[document].id < documents[other.document].id
            }
            return sentenceIndex < other.sentenceIndex
        }
    }
}

/// The elements in first-seen order, without repeats.
func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}
