/// Turns a file's bytes into text, refusing binary data rather than mangling it.
///
/// UTF-8 (with or without a byte-order mark) and UTF-16 (with a byte-order mark, or plainly
/// little-endian ASCII-range text) are read as they are. A file that is not valid UTF-8 is read as
/// Windows-1252, the superset of Latin-1 that Western European web pages and Word exports use: each
/// byte that breaks UTF-8 is taken as a Windows-1252 character, while valid UTF-8 sequences around it
/// are kept, so a file that mixes both comes out right. The result says so, and the caller tells the
/// user; a byte that Windows-1252 leaves undefined makes the file an error instead.
struct TextDecoder: Sendable {
    /// The decoded text and how it was read.
    struct Decoded: Sendable {
        /// The text.
        var text: String
        /// The encoding used when it was not UTF-8 (`"UTF-16LE"`, `"Windows-1252"`, ...), or nil.
        var encoding: String?
        /// How many bytes were read as Windows-1252 rather than UTF-8.
        var transcodedBytes = 0
    }

    /// Decodes the bytes of one file.
    /// - Throws: ``IngestError/empty(path:)``, ``IngestError/binary(path:)``,
    ///   ``IngestError/invalidUTF16(path:byteOffset:)`` or ``IngestError/invalidEncoding(path:byteOffset:)``.
    func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> Decoded {
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let bigEndian = bytes[0] == 0xFE
            let text = try decodeUTF16(bytes.dropFirst(2), bigEndian: bigEndian, path: path)
            return Decoded(text: text, encoding: bigEndian ? "UTF-16BE" : "UTF-16LE")
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        if Self.looksLikeUTF16LittleEndian(body) {
            return Decoded(text: try decodeUTF16(body, bigEndian: false, path: path), encoding: "UTF-16LE")
        }
        if Self.looksBinary(body) { throw .binary(path: path) }
        var decoded: Decoded
        if let text = String(validating: body, as: UTF8.self) {
            decoded = Decoded(text: text)
        } else {
            decoded = try Self.decodeMixed(body, path: path)
        }
        if decoded.text.utf8.allSatisfy({ $0 == 32 || ($0 >= 9 && $0 <= 13) }) { throw .empty(path: path) }
        return decoded
    }

    private func decodeUTF16(_ payload: ArraySlice<UInt8>, bigEndian: Bool, path: String) throws(IngestError)
        -> String
    {
        guard payload.count % 2 == 0 else { throw .invalidUTF16(path: path, byteOffset: payload.endIndex - 1) }
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
            throw .invalidUTF16(path: path, byteOffset: Self.firstUnpairedSurrogate(units) * 2 + payload.startIndex)
        }
        if text.contains("\u{0}") { throw .binary(path: path) }
        if text.allSatisfy(\.isWhitespace) { throw .empty(path: path) }
        return text
    }

    /// A NUL byte, or many control characters other than tabs, line and page breaks, near the start.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        for byte in head where byte < 0x20 || byte == 0x7F {
            if byte == 0 { return true }
            if byte != 9 && byte != 10 && byte != 12 && byte != 13 { controls += 1 }
        }
        return controls > 16 && controls * 10 > head.count
    }

    /// Text saved as UTF-16 without a byte-order mark: in the first kilobytes, nearly every odd byte is
    /// zero and no even byte is.
    static func looksLikeUTF16LittleEndian(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = bytes.prefix(4096)
        guard head.count >= 8, head.count % 2 == 0 || head.count == 4096 else { return false }
        var oddZeros = 0
        var evenZeros = 0
        for (offset, byte) in head.enumerated() where byte == 0 {
            if offset % 2 == 1 { oddZeros += 1 } else { evenZeros += 1 }
        }
        return evenZeros == 0 && oddZeros * 10 >= (head.count / 2) * 9
    }

    /// UTF-8 where it is valid, Windows-1252 for each byte where it is not.
    static func decodeMixed(_ bytes: ArraySlice<UInt8>, path: String) throws(IngestError) -> Decoded {
        var scalars = String.UnicodeScalarView()
        var transcoded = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                index += 1
                continue
            }
            if let (scalar, length) = utf8Sequence(bytes, at: index) {
                scalars.append(scalar)
                index += length
                continue
            }
            guard let scalar = windows1252(byte) else {
                throw .invalidEncoding(path: path, byteOffset: index - bytes.startIndex)
            }
            scalars.append(scalar)
            transcoded += 1
            index += 1
        }
        return Decoded(text: String(scalars), encoding: "Windows-1252", transcodedBytes: transcoded)
    }

    /// The well-formed UTF-8 sequence (two to four bytes) starting at `index`, if there is one.
    static func utf8Sequence(_ bytes: ArraySlice<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, value) = (4, UInt32(lead & 0x07))
        default: return nil
        }
        guard index + length <= bytes.endIndex else { return nil }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= smallest, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// The character Windows-1252 gives a byte, or nil for the five bytes it leaves undefined.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar? {
        guard byte >= 0x80 && byte < 0xA0 else { return Unicode.Scalar(byte) }
        let value = windows1252High[Int(byte - 0x80)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    /// Windows-1252's characters for 0x80...0x9F (0 where undefined); the rest is Latin-1.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
        0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0, 0x017E, 0x0178,
    ]

    /// The offset of the first byte that breaks UTF-8, for error messages.
    static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return offset
            }
        }
    }

    /// The index of the first UTF-16 unit that is half of a surrogate pair standing alone.
    static func firstUnpairedSurrogate(_ units: [UInt16]) -> Int {
        var index = 0
        while index < units.count {
            let unit = units[index]
            if UTF16.isLeadSurrogate(unit) {
                guard index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) else { return index }
                index += 2
            } else if UTF16.isTrailSurrogate(unit) {
                return index
            } else {
                index += 1
            }
        }
        return index
    }
}
