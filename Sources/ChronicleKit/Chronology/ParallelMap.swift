import Foundation

/// Maps the indices `0..<count` across up to `threads` cores, in chunks taken by whichever core is
/// free; the results keep index order, so the output never depends on thread timing.
/// - Parameters:
///   - count: how many items there are.
///   - threads: how many cores to use (1 maps on the calling thread).
///   - transform: the pure work for one index.
/// - Returns: `transform(0)`, `transform(1)`, ... in order.
func parallelMap<Result>(count: Int, threads: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
    guard threads > 1, count > 64 else { return (0..<count).map(transform) }
    let chunk = max(16, count / (threads * 16))
    let chunks = (count + chunk - 1) / chunk
    let queue = WorkQueue(count: chunks)
    var results = [Result?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { buffer in
        // Each index is written by the one thread that took its chunk.
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: min(threads, chunks)) { _ in
            while let taken = queue.take() {
                for index in (taken * chunk)..<min(count, (taken + 1) * chunk) { slots[index] = transform(index) }
            }
        }
    }
    return results.map { $0! }
}
