import Foundation

/// Runs `body` for each of the indices `0..<count` across up to `threads` cores, in chunks taken by
/// whichever core is free; returns when all are done.
/// - Parameters:
///   - count: how many items there are.
///   - threads: how many cores to use (1 runs on the calling thread in order).
///   - chunk: how many indices a core takes at once; by default a share of the count, and a few dozen
///     small items stay on the calling thread.
///   - body: the work for one index; it may write only what belongs to that index.
func parallelForEach(count: Int, threads: Int, chunk: Int? = nil, _ body: @Sendable (Int) -> Void) {
    guard threads > 1, count > (chunk == nil ? 64 : 1) else {
        for index in 0..<count { body(index) }
        return
    }
    let chunk = chunk ?? max(16, count / (threads * 16))
    let chunks = (count + chunk - 1) / chunk
    let queue = WorkQueue(count: chunks)
    DispatchQueue.concurrentPerform(iterations: min(threads, chunks)) { _ in
        while let taken = queue.take() {
            for index in (taken * chunk)..<min(count, (taken + 1) * chunk) { body(index) }
        }
    }
}

/// Maps the indices `0..<count` across up to `threads` cores (see ``parallelForEach(count:threads:_:)``);
/// the results keep index order, so the output never depends on thread timing.
/// - Parameters:
///   - count: how many items there are.
///   - threads: how many cores to use.
///   - chunk: how many indices a core takes at once (see ``parallelForEach(count:threads:chunk:_:)``).
///   - transform: the pure work for one index.
/// - Returns: `transform(0)`, `transform(1)`, ... in order.
func parallelMap<Result>(
    count: Int, threads: Int, chunk: Int? = nil, _ transform: @Sendable (Int) -> Result
) -> [Result] {
    [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
        // Each slot is written once, by the one thread that took its index.
        nonisolated(unsafe) let slots = buffer
        parallelForEach(count: count, threads: threads, chunk: chunk) { index in
            (slots.baseAddress! + index).initialize(to: transform(index))
        }
        initialized = count
    }
}

/// Hands out the indices `0..<count` one at a time to whichever thread asks first.
final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int

    init(count: Int) {
        self.count = count
    }

    /// The next index nobody has taken, or `nil` when all are taken.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}
