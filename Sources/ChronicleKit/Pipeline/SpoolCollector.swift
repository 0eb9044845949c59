import Foundation

/// Takes the analyzed batches in input order and keeps what the corpus-level stages need: each
/// document's events go to the evidence spool, its mentions to the corpus's mention table.
///
/// With more than one core this runs on a thread of its own, while the next batch is read and
/// analyzed, so the one-at-a-time part of the analysis does not leave the other cores waiting.
final class SpoolCollector: @unchecked Sendable {
    private let queue = DispatchQueue(label: "Chronicle.SpoolCollector")
    private let evidence: SpoolFile
    private let inBackground: Bool
    // Changed on `queue` only (or on the caller's thread when not in the background).
    private var analyses: [SpooledAnalysis] = []
    private var mentions = MentionTable()
    private var failure: (any Error)?
    private let failed = NSLock()
    private var hasFailedFlag = false
    /// At most two batches wait for the writer, so a slow disk slows the analysis instead of filling memory.
    private let room = DispatchSemaphore(value: 2)

    /// A collector writing to `evidence`, in the background unless `threads` is 1.
    init(evidence: SpoolFile, threads: Int) {
        self.evidence = evidence
        inBackground = threads > 1
    }

    /// Hands over a batch of documents, in input order.
    func collect(_ batch: [SpooledAnalysis.Prepared]) {
        if inBackground {
            room.wait()
            queue.async {
                self.keep(batch)
                self.room.signal()
            }
        } else {
            keep(batch)
        }
    }

    /// Whether writing to the spool has failed (the caller may stop analyzing).
    var hasFailed: Bool {
        failed.withLock { hasFailedFlag }
    }

    /// Waits for the batches handed over, and gives what they left.
    /// - Throws: the first ``SpoolError`` met while writing.
    func finish() throws -> (analyses: [SpooledAnalysis], mentions: MentionTable) {
        try queue.sync {
            if let failure { throw failure }
            defer {
                analyses = []
                mentions = MentionTable()
            }
            return (analyses, mentions)
        }
    }

    private func keep(_ batch: [SpooledAnalysis.Prepared]) {
        guard failure == nil else { return }
        for prepared in batch {
            do {
                let analysis = try SpooledAnalysis(prepared, spool: evidence)
                mentions.append(documentID: analysis.document.id, mentions: prepared.analysis.mentions)
                analyses.append(analysis)
            } catch {
                failure = error
                failed.withLock { hasFailedFlag = true }
                return
            }
        }
    }
}
