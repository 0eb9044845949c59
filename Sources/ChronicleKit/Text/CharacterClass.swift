/// Character classes the tokenizer needs, decided on Unicode scalars.
enum CharacterClass {
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return scalar.properties.isAlphabetic
    }

    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}"
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }
}

/// Reads Unicode scalars from UTF-8 bytes while keeping the byte offset. Invalid bytes read as U+FFFD.
struct UTF8Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The scalar at the current offset.
    func peek() -> Unicode.Scalar? {
        decode(at: offset)?.scalar
    }

    /// The scalar `ahead` scalars after the current one.
    func peek(ahead: Int) -> Unicode.Scalar? {
        var position = offset
        for _ in 0..<ahead {
            guard let (_, length) = decode(at: position) else { return nil }
            position += length
        }
        return decode(at: position)?.scalar
    }

    /// How many ASCII digits follow `skip` bytes after the current offset.
    func digitsAhead(from skip: Int) -> Int {
        var position = offset + skip
        var count = 0
        while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 {
            count += 1
            position += 1
        }
        return count
    }

    mutating func advance() {
        if let (_, length) = decode(at: offset) { offset += length }
    }

    private func decode(at position: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard position < bytes.count else { return nil }
        let lead = bytes[position]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF:
            length = 2
            value = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            value = UInt32(lead & 0x0F)
        case 0xF0...0xF4:
            length = 4
            value = UInt32(lead & 0x07)
        default: return ("\u{FFFD}", 1)
        }
        guard position + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for i in 1..<length {
            let byte = bytes[position + i]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", length) }
        return (scalar, length)
    }
}
