/// An array kept in fixed-size chunks, so that growing it never copies what it holds: at its largest
/// it takes its elements and at most one chunk more, where an array that doubles briefly holds two
/// and a half times its elements.
struct ChunkedArray<Element>: RandomAccessCollection {
    private var chunks: [[Element]] = []
    private(set) var count = 0
    private let chunkLength: Int

    /// An empty array growing `chunkLength` elements at a time.
    init(chunkLength: Int = 1 << 16) {
        precondition(chunkLength > 0, "a chunk holds at least one element")
        self.chunkLength = chunkLength
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(index: Int) -> Element {
        get { chunks[index / chunkLength][index % chunkLength] }
        set { chunks[index / chunkLength][index % chunkLength] = newValue }
    }

    mutating func append(_ element: Element) {
        if count % chunkLength == 0 {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(chunkLength)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}
