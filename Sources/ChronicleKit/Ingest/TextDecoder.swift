/// Turns a file's bytes into text, refusing binary data and invalid UTF-8 rather than mangling them.
struct TextDecoder: Sendable {
    /// Decodes UTF-8 (a BOM is dropped) or UTF-16 with a BOM.
    /// - Throws: ``IngestError/empty(path:)``, ``IngestError/binary(path:)`` or ``IngestError/invalidEncoding(path:byteOffset:)``.
    func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> String {
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return try decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, path: path)
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        if body.prefix(8192).contains(0) { throw .binary(path: path) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw .invalidEncoding(path: path, byteOffset: Self.firstInvalidByte(in: body))
        }
        if text.utf8.allSatisfy({ $0 == 32 || ($0 >= 9 && $0 <= 13) }) { throw .empty(path: path) }
        return text
    }

    private func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, path: String) throws(IngestError) -> String {
        let payload = bytes.dropFirst(2)
        guard payload.count % 2 == 0 else { throw .invalidEncoding(path: path, byteOffset: bytes.count - 1) }
        var units: [UInt16] = []
        units.reserveCapacity(payload.count / 2)
        var index = payload.startIndex
        while index < payload.endIndex {
            let a = UInt16(payload[index])
            let b = UInt16(payload[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw .invalidEncoding(path: path, byteOffset: 2)
        }
        if text.contains("\u{0}") { throw .binary(path: path) }
        if text.allSatisfy(\.isWhitespace) { throw .empty(path: path) }
        return text
    }

    /// The offset of the first byte that breaks UTF-8, for the error message.
    static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}
