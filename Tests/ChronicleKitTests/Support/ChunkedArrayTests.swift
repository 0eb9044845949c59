import Testing

@testable import ChronicleKit

@Suite struct ChunkedArrayTests {
    @Test func holdsWhatAnArrayHoldsAcrossChunks() {
        var chunked = ChunkedArray<Int>(chunkLength: 3)
        var plain: [Int] = []
        for value in 0..<10 {
            chunked.append(value * value)
            plain.append(value * value)
        }
        chunked[4] += 100
        plain[4] += 100
        chunked[9] = -1
        plain[9] = -1
        #expect(chunked.count == 10)
        #expect(Array(chunked) == plain)
        #expect(ChunkedArray<Int>().isEmpty)
    }
}
