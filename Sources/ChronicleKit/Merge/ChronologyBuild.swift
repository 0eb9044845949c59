/// One build of a chronology, fed as the documents are analyzed: each batch's events go to the evidence
/// spool at once and its mentions to the corpus's mention table, and ``finish()`` runs the corpus-level
/// steps. The pipeline and ``ChronologyBuilder/build(_:)`` both build through it.
public final class ChronologyBuild: @unchecked Sendable {
    private let builder: ChronologyBuilder
    private let evidence: SpoolFile
    private let collector: SpoolCollector

    /// Starts a build with `builder`'s settings.
    /// - Throws: ``SpoolError`` when the evidence spool cannot be created.
    init(builder: ChronologyBuilder) throws {
        self.builder = builder
        evidence = try builder.makeSpool()
        collector = SpoolCollector(evidence: evidence, threads: builder.threads)
    }

    /// Adds a batch of documents' analyses, in input order; their events are encoded across the
    /// builder's cores.
    public func add(_ analyses: consuming [DocumentAnalysis]) {
        let prepared = analyses.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let shared = buffer
            return parallelMap(count: shared.count, threads: builder.threads) { SpooledAnalysis.prepare(shared[$0]) }
        }
        _ = consume analyses
        add(prepared: prepared)
    }

    /// Adds analyses whose events are already encoded (the pipeline encodes them on the core that
    /// analyzed the document).
    func add(prepared: [SpooledAnalysis.Prepared]) {
        collector.collect(prepared)
    }

    /// Whether writing the spool has failed: ``finish()`` will throw, and more documents are wasted work.
    var hasFailed: Bool { collector.hasFailed }

    /// Resolves entities, merges the events and orders them.
    /// - Throws: ``SpoolError`` when the spool could not be written.
    public func finish() throws -> Chronology {
        let (spooled, mentions) = try collector.finish()
        return try builder.merge(spooled: spooled, mentions: mentions, evidence: evidence)
    }
}
