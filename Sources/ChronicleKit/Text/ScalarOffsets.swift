/// Converts UTF-8 offsets of a text to Unicode-scalar offsets (what Python's `str` indexes), walking
/// forward only, so converting all sentences of a document costs one pass over it.
struct ScalarOffsets {
    private let utf8: String.UTF8View
    private var byteOffset = 0
    private var scalarOffset = 0
    private var index: String.UTF8View.Index

    init(_ text: String) {
        utf8 = text.utf8
        index = utf8.startIndex
    }

    /// The scalar offset of UTF-8 offset `target`; targets must not decrease between calls.
    mutating func scalarOffset(ofByte target: Int) -> Int {
        precondition(target >= byteOffset, "ScalarOffsets only walks forward")
        while byteOffset < target, index < utf8.endIndex {
            if utf8[index] & 0xC0 != 0x80 { scalarOffset += 1 }
            index = utf8.index(after: index)
            byteOffset += 1
        }
        return scalarOffset
    }
}
