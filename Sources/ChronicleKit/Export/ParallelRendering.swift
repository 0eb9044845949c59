import Dispatch

extension Chronology {
    /// Renders the chronology in several formats at once, one core each, in the exporters' order.
    /// - Throws: the first exporter's error, in that order.
    public func render(_ exporters: [any ChronologyExporter]) throws -> [String] {
        var results = [Result<String, any Error>?](repeating: nil, count: exporters.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes its own slot only.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: exporters.count) { index in
                slots[index] = Result { try exporters[index].render(self) }
            }
        }
        return try results.map { try $0!.get() }
    }
}
