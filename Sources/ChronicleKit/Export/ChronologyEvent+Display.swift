/// Formatting shared by the exporters.
extension ChronologyEvent {
    /// Canonical names of the actors.
    func actorNames(in chronology: Chronology) -> [String] {
        actorIDs.compactMap { chronology.entity($0)?.canonicalName }
    }

    /// Canonical names of the places.
    func placeNames(in chronology: Chronology) -> [String] {
        placeIDs.compactMap { chronology.entity($0)?.canonicalName }
    }

    /// The first telling of the event.
    var primaryEvidence: Event { evidence[0] }
}

/// Text clean-up for output formats.
enum OutputText {
    /// One line: line breaks and tabs become spaces, runs of spaces collapse.
    static func singleLine(_ text: String) -> String {
        if isSingleLine(text) { return text }
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if CharacterClass.isSpace(scalar) || scalar.value < 0x20 {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.unicodeScalars.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Whether the text is already one line with single spaces (most are), checked without copying.
    private static func isSingleLine(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var previousWasSpace = true  // a leading space is trimmed, so it needs work
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x7F { return false }
                if byte >= 0x80 {
                    if startsOtherSpace(bytes, index) { return false }
                    previousWasSpace = false
                    index += 1
                    continue
                }
                let isSpace = byte == 0x20
                if isSpace && previousWasSpace { return false }
                previousWasSpace = isSpace
                index += 1
            }
            return !previousWasSpace || bytes.isEmpty
        }
        return answer ?? false
    }

    /// Whether a space other than U+0020 (no-break, em, ideographic, zero-width ...) starts at `index`.
    private static func startsOtherSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        func at(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch bytes[index] {
        case 0xC2: return at(1) == 0xA0 || at(1) == 0x85
        case 0xE1: return at(1) == 0x9A && at(2) == 0x80
        case 0xE2:
            if at(1) == 0x80 { return (0x80...0x8B).contains(at(2)) || [0xA8, 0xA9, 0xAF].contains(at(2)) }
            return at(1) == 0x81 && at(2) == 0x9F
        case 0xE3: return at(1) == 0x80 && at(2) == 0x80
        case 0xEF: return at(1) == 0xBB && at(2) == 0xBF
        default: return false
        }
    }
}
