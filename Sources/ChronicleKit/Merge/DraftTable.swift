/// What the merge needs of every telling of every event in the corpus, compactly: numbers for the
/// document, source and entities, and the entity numbers of all tellings in one shared array.
struct DraftTable: Sendable {
    /// One telling: where the event is, its date, source and resolved entities.
    struct Draft: Sendable {
        /// What the merge needs of it whatever its document.
        var telling: TellingKey
        /// The document, in input order.
        var document: Int32
        /// Its independent source, numbered.
        var source: Int32
        /// The entity it is attributed to, or -1.
        var attributionEntity: Int32
        /// Where its entity numbers lie in ``DraftTable/entities``.
        var entities: RoleRuns
    }

    /// Every telling, document after document.
    private(set) var drafts: [Draft] = []
    /// The entity numbers of all tellings (see ``Draft/entities``).
    private(set) var entities: [Int32] = []

    /// The drafts of the documents' events, their mentions resolved to entities, worked out per document
    /// across the cores. Each document's event keys are released as soon as its drafts are made, so the
    /// keys and the drafts are not both held whole.
    /// - Parameters:
    ///   - analyses: the documents, in input order; their event keys are consumed.
    ///   - mentionEntities: the entity numbers (-1 for none) of the mentions of a document, by its order.
    ///   - entityKinds: each entity's kind, by number.
    ///   - sources: each document's independent source number.
    init(
        _ analyses: inout [SpooledAnalysis], mentionEntities: @Sendable (Int) -> ArraySlice<Int32>,
        entityKinds: [EntityKind], sources: [Int32], threads: Int
    ) {
        var starts: [Int] = [0]
        for analysis in analyses { starts.append(starts.last! + analysis.events.count) }
        let firstDraft = starts
        var entityRuns = [[Int32]](repeating: [], count: analyses.count)
        drafts = [Draft](unsafeUninitializedCapacity: firstDraft.last!) { slots, initialized in
            nonisolated(unsafe) let output = slots
            analyses.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let documents = buffer
                entityRuns.withUnsafeMutableBufferPointer { runs in
                    nonisolated(unsafe) let runs = runs
                    // Each document's slots, keys and run are touched by the one thread that took it.
                    parallelForEach(count: documents.count, threads: threads) { order in
                        var run: [Int32] = []
                        var slot = firstDraft[order]
                        for draft in Self.drafts(
                            document: order, documents[order], Array(mentionEntities(order)), entityKinds,
                            sources[order], entities: &run)
                        {
                            (output.baseAddress! + slot).initialize(to: draft)
                            slot += 1
                        }
                        documents[order].events = []
                        documents[order].mentionNumbers = []
                        runs[order] = run
                    }
                }
            }
            initialized = firstDraft.last!
        }
        // Entity numbers of each document's drafts start where the documents before them end.
        entities.reserveCapacity(entityRuns.reduce(0) { $0 + $1.count })
        for order in entityRuns.indices {
            let shift = Int32(entities.count)
            for slot in firstDraft[order]..<firstDraft[order + 1] { drafts[slot].entities.start += shift }
            entities.append(contentsOf: entityRuns[order])
            entityRuns[order] = []
        }
    }

    /// One document's drafts, their entity numbers appended to `entities` (starts counted from its
    /// first number).
    private static func drafts(
        document: Int, _ analysis: SpooledAnalysis, _ ids: [Int32], _ entityKinds: [EntityKind], _ source: Int32,
        entities: inout [Int32]
    ) -> [Draft] {
        analysis.events.map { key in
            let mentions = key.mentions(in: analysis.mentionNumbers)
            func entity(_ mention: Int) -> Int32? { ids[mention] >= 0 ? ids[mention] : nil }
            // People and organizations, and the places the grammar shows acting or acted upon.
            let roleHolders = Set(mentions.agents + mentions.patients)
            let actors = unique(
                mentions.actors.compactMap { mention in
                    entity(mention).flatMap { number in
                        let kind = entityKinds[Int(number)]
                        return kind == .misc || kind == .place && !roleHolders.contains(mention) ? nil : number
                    }
                })
            let places = unique(mentions.places.compactMap(entity).filter { entityKinds[Int($0)] == .place })
            let agents = unique(mentions.agents.compactMap(entity).filter(actors.contains))
            let patients = unique(mentions.patients.compactMap(entity).filter(actors.contains))
            // The source's own mention, as the extractor found it (no search over the document).
            let attribution =
                key.sourceMention >= 0 && Int(key.sourceMention) < ids.count ? ids[Int(key.sourceMention)] : -1
            return Draft(
                telling: key.telling, document: Int32(document), source: source, attributionEntity: attribution,
                entities: RoleRuns(appending: actors, places, agents, patients, to: &entities))
        }
    }

    // MARK: - Entities of a draft

    func actors(_ draft: Draft) -> ArraySlice<Int32> { draft.entities.actors(in: entities) }
    func places(_ draft: Draft) -> ArraySlice<Int32> { draft.entities.places(in: entities) }
    func agents(_ draft: Draft) -> ArraySlice<Int32> { draft.entities.agents(in: entities) }
    func patients(_ draft: Draft) -> ArraySlice<Int32> { draft.entities.patients(in: entities) }

    // MARK: - Merged events

    /// The chronological place of the event a group of tellings makes: the date of its first telling with
    /// a time expression (as ``makeEvent(_:_:entityIDs:)`` dates it), and its first telling.
    func orderKey(_ group: ArraySlice<Int32>) -> OrderKey {
        let first = drafts[Int(group.first!)]
        let primary = group.lazy.map { self.drafts[Int($0)].telling }.first { $0.hasTime } ?? first.telling
        return OrderKey(
            days: primary.dateValue == nil ? nil : (Int(primary.firstDay), Int(primary.lastDay)),
            document: Int(first.document), sentenceIndex: Int(first.telling.sentenceIndex))
    }

    /// The chronology event of a group of tellings, from their drafts and the events read back.
    /// - Parameters:
    ///   - group: the tellings' positions in ``drafts``, in merge order.
    ///   - evidence: the tellings' events, in the same order.
    ///   - entityIDs: entity ids by number.
    func makeEvent(_ group: ArraySlice<Int32>, _ evidence: [Event], entityIDs: [String]) -> ChronologyEvent {
        let tellings = group.map { drafts[Int($0)] }
        let primaryIndex = evidence.firstIndex { $0.time != nil } ?? 0
        let primary = evidence[primaryIndex]
        let dates = Set(tellings.compactMap(\.telling.dateValue))
        let modalities = Set(evidence.map(\.modality))
        let modality: Modality =
            modalities.count == 1
            ? primary.modality
            : modalities.contains(.denied) ? .denied : Modality.allCases.first { modalities.contains($0) } ?? .asserted
        func ids(_ numbers: (Draft) -> ArraySlice<Int32>) -> [String] {
            unique(tellings.flatMap(numbers)).map { entityIDs[Int($0)] }
        }
        return ChronologyEvent(
            id: "", date: primary.time.flatMap(EventDate.init), summary: primary.summary,
            trigger: primary.trigger, actorIDs: ids(actors), placeIDs: ids(places), agentIDs: ids(agents),
            patientIDs: ids(patients), attributions: unique(evidence.map(\.attribution.source)),
            attributionEntityIDs: unique(tellings.map(\.attributionEntity).filter { $0 >= 0 }).map {
                entityIDs[Int($0)]
            },
            modality: modality, evidence: evidence, sourcesCount: Set(tellings.map(\.source)).count,
            disputed: dates.count > 1 || (modalities.contains(.denied) && modalities.count > 1))
    }
}
