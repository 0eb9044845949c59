/// Builds the chronology from the per-document analyses: resolves entities across the corpus, merges
/// the same event told by several documents, and orders events by the earliest day they allow.
public struct ChronologyBuilder: Sendable {
    /// The user's alias rules, applied when entities are resolved.
    public var aliases: AliasRules
    /// How many cores the per-document and per-event steps may use; the result does not depend on it.
    public var threads: Int

    /// Creates a builder.
    public init(aliases: AliasRules = AliasRules(), threads: Int = 1) {
        self.aliases = aliases
        self.threads = threads
    }

    /// Builds the chronology.
    ///
    /// The analyses are consumed: each document's mentions and events are released as soon as the
    /// corpus-level stages have taken what they need, so the corpus is never held twice.
    /// - Parameter analyses: the documents' analyses, in input order.
    public func build(_ analyses: consuming [DocumentAnalysis]) -> Chronology {
        var resolver = EntityResolver(rules: aliases)
        resolver.threads = threads
        let resolution = resolver.resolve(analyses.map { ($0.document.id, $0.mentions) })
        for order in analyses.indices { analyses[order].mentions = [] }
        let entityKinds = Dictionary(resolution.entities.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        let documents = analyses.map(\.document)
        let documentCount = analyses.count
        var sourceKeys: [String] = []
        var drafts: [Draft] = []
        analyses.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let shared = buffer
            let found = parallelMap(count: documentCount, threads: threads) { order in
                shared[order].events.map { SentenceFingerprint($0.sentence) }
            }
            let keys = Self.independentSources(documents.map(\.sourceKey), found)
            sourceKeys = keys
            // Per document and in parallel: what the merge needs of each event, its entities resolved.
            drafts = parallelMap(count: documentCount, threads: threads) { order in
                let ids = resolution.mentionEntityIDs[shared[order].document.id] ?? []
                return shared[order].events.enumerated().map { position, event in
                    Self.draft(
                        event, at: (order, position), fingerprint: found[order][position],
                        sourceKey: keys[order], ids: ids, entityKinds: entityKinds)
                }
            }.flatMap { $0 }
        }
        let groups = merge(drafts)
        let mergedDrafts = drafts
        _ = consume drafts
        // Merged events are built in passes over the documents: each group in the pass of the last
        // document that tells it, and each document's events released after the last pass that needs
        // them, so the events are not held twice over.
        let passLength = 512
        var byLastDocument = [[Int]](repeating: [], count: documentCount)
        var neededUntil = Array(0..<documentCount)
        for (index, group) in groups.enumerated() {
            let last = group.map { Int(mergedDrafts[$0].document) }.max()!
            byLastDocument[last].append(index)
            for member in group {
                let document = Int(mergedDrafts[member].document)
                neededUntil[document] = max(neededUntil[document], last)
            }
        }
        var releasedAfterPass = [[Int]](repeating: [], count: (documentCount + passLength - 1) / passLength)
        for (document, last) in neededUntil.enumerated() { releasedAfterPass[last / passLength].append(document) }
        var events = [ChronologyEvent](unsafeUninitializedCapacity: groups.count) { buffer, initialized in
            nonisolated(unsafe) let slots = buffer
            analyses.withUnsafeMutableBufferPointer { told in
                nonisolated(unsafe) let source = told
                for (pass, released) in releasedAfterPass.enumerated() {
                    let passDocuments = (pass * passLength)..<min(documentCount, (pass + 1) * passLength)
                    let pending = passDocuments.flatMap { byLastDocument[$0] }
                    parallelForEach(count: pending.count, threads: threads) { position in
                        let index = pending[position]
                        let tellings = groups[index].map { mergedDrafts[$0] }
                        let evidence = tellings.map { source[Int($0.document)].events[Int($0.position)] }
                        (slots.baseAddress! + index).initialize(to: Self.makeEvent(tellings, evidence))
                    }
                    for document in released { told[document].events = [] }
                }
            }
            initialized = groups.count
        }
        _ = consume analyses
        let sourceOfDocument = Dictionary(
            zip(documents.map(\.id), sourceKeys).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
        Self.markDisputes(&events, sourceOfDocument: sourceOfDocument)
        // Indices are sorted by small keys rather than the (large) events themselves; ties keep the merge order.
        let keys = events.map(OrderKey.init)
        let order = events.indices.sorted { a, b in
            keys[a].precedes(keys[b]) || !keys[b].precedes(keys[a]) && a < b
        }
        events = order.map { events[$0] }
        for index in events.indices { events[index].id = "evt-" + CalendarDate.pad(index + 1, 4) }
        return Chronology(documents: documents, entities: resolution.entities, events: events)
    }

    /// What the merge needs of one event: where it is (document and position), its date, source and
    /// the entities its mentions resolve to.
    private static func draft(
        _ event: Event, at place: (document: Int, position: Int), fingerprint: SentenceFingerprint,
        sourceKey: String, ids: [String?],
        entityKinds: [String: EntityKind]
    ) -> Draft {
        // People and organizations, and the places the grammar shows acting or acted upon.
        let roleHolders = Set(event.agentMentions + event.patientMentions)
        let actors = unique(
            event.actorMentions.compactMap { index in
                ids[index].flatMap { id in
                    entityKinds[id] == .misc || entityKinds[id] == .place && !roleHolders.contains(index) ? nil : id
                }
            })
        let places = unique(event.placeMentions.compactMap { ids[$0] }.filter { entityKinds[$0] == .place })
        // The source's own mention, as the extractor found it (no search over the document).
        let source = event.attribution.mentionIndex.flatMap { $0 < ids.count ? ids[$0] : nil }
        let roleIDs = { (mentions: [Int]) in unique(mentions.compactMap { ids[$0] }.filter(actors.contains)) }
        return Draft(
            document: Int32(place.document), position: Int32(place.position),
            dateValue: event.time.flatMap(EventDate.init)?.value,
            sourceKey: sourceKey, fingerprint: fingerprint, lemma: event.triggerLemma, actors: actors,
            places: places, attributionEntity: source, agents: roleIDs(event.agentMentions),
            patients: roleIDs(event.patientMentions))
    }

    // MARK: - Disputes

    /// Kinds of events that tell the same story in other words, for spotting disagreements.
    static let eventClasses: [String: String] = [
        "flee": "depart", "leave": "depart", "fly": "depart", "escape": "depart", "cross": "depart", "defect": "depart",
        "arrest": "arrest", "detain": "arrest", "capture": "arrest", "meet": "meet", "meeting": "meet", "sign": "sign",
        "signing": "sign", "kill": "kill", "murder": "kill", "assassinate": "kill", "discover": "discover",
        "uncover": "discover", "discovery": "discover", "attack": "attack", "bomb": "attack", "bombing": "attack",
    ]

    /// Flags events that independent sources tell differently: the same kind of event with a shared actor
    /// on dates that cannot both be true, or asserted by one source and denied by another. Each version
    /// stays a row of its own. Events meet in buckets keyed by (kind, actor), never all against all.
    static func markDisputes(_ events: inout [ChronologyEvent], sourceOfDocument: [String: String]) {
        func classes(_ event: ChronologyEvent) -> Set<String> {
            var result: Set<String> = []
            for telling in event.evidence {
                if let kind = eventClasses[telling.triggerLemma] { result.insert(kind) }
                // A denial names the event it denies in the same sentence ("denied that he fled").
                guard telling.modality == .denied else { continue }
                for word in telling.sentence.lowercased().split(whereSeparator: { !$0.isLetter }) {
                    if let lemma = EventLexicon.verbLemma(String(word)), let kind = eventClasses[lemma] {
                        result.insert(kind)
                    }
                }
            }
            return result
        }
        var buckets: [String: [Int]] = [:]
        for (index, event) in events.enumerated() {
            for kind in classes(event) {
                for actor in event.actorIDs { buckets[kind + "|" + actor, default: []].append(index) }
            }
        }
        for members in buckets.values where members.count > 1 {
            for (position, first) in members.prefix(50).enumerated() {
                for second in members.prefix(50)[(position + 1)...] {
                    let a = events[first]
                    let b = events[second]
                    let sourcesA = Set(a.documentIDs.map { sourceOfDocument[$0] ?? $0 })
                    let sourcesB = Set(b.documentIDs.map { sourceOfDocument[$0] ?? $0 })
                    guard sourcesA.isDisjoint(with: sourcesB) else { continue }
                    let datesClash =
                        a.date != nil && b.date != nil && (a.date!.end < b.date!.start || b.date!.end < a.date!.start)
                    let denied = (a.modality == .denied) != (b.modality == .denied)
                    if datesClash || denied {
                        events[first].disputed = true
                        events[second].disputed = true
                    }
                }
            }
        }
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
        var dateValue: String?
        var sourceKey: String
        var fingerprint: SentenceFingerprint
        var lemma: String
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
                let kind = Self.eventClasses[draft.lemma] ?? draft.lemma
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

    /// The chronological order of events, taken out of them to sort without copying events: dated
    /// events by first day, last day, then document order; undated events after, in document order.
    private struct OrderKey {
        var days: (start: CalendarDate, end: CalendarDate)?
        var documentID: String
        var sentenceIndex: Int

        init(_ event: ChronologyEvent) {
            days = event.date.map { ($0.start, $0.end) }
            documentID = event.evidence[0].documentID
            sentenceIndex = event.evidence[0].sentenceIndex
        }

        /// Whether the event of this key comes before that of `other`.
        func precedes(_ other: OrderKey) -> Bool {
            switch (days, other.days) {
            case let (x?, y?):
                if x.start != y.start { return x.start < y.start }
                if x.end != y.end { return x.end < y.end }
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): break
            }
            if documentID != other.documentID { return documentID < other.documentID }
            return sentenceIndex < other.sentenceIndex
        }
    }
}

/// The elements in first-seen order, without repeats.
func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}
