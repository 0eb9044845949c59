import Foundation

/// Runs `body` for each of the indices `0..<count` across up to `threads` cores, in chunks taken by
/// whichever core is free; returns when all are done.
/// - Parameters:
///   - count: how many items there are.
///   - threads: how many cores to use (1, or a few dozen items, runs on the calling thread in order).
///   - body: the work for one index; it may write only what belongs to that index.
func parallelForEach(count: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
    guard threads > 1, count > 64 else {
        for index in 0..<count { body(index) }
        return
    }
    let chunk = max(16, count / (threads * 16))
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
///   - transform: the pure work for one index.
/// - Returns: `transform(0)`, `transform(1)`, ... in order.
func parallelMap<Result>(count: Int, threads: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
    [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
        // Each slot is written once, by the one thread that took its index.
        nonisolated(unsafe) let slots = buffer
        parallelForEach(count: count, threads: threads) { index in
            (slots.baseAddress! + index).initialize(to: transform(index))
        }
        initialized = count
    }
}
