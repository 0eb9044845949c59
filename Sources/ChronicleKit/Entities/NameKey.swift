/// Normal forms of names used to decide which mentions are the same entity.
enum NameKey {
    /// Folded, possessive and leading article removed, hyphens and apostrophes as spaces: `al qaeda in the islamic maghreb`.
    static func normalized(_ name: String) -> String {
        var folded = Gazetteer.fold(name)
        for suffix in ["'s", "s'"] where folded.hasSuffix(suffix) && folded.count > 3 {
            folded = String(folded.dropLast(suffix == "'s" ? 2 : 1))
        }
        return asciiWords(folded) ?? characterWords(folded)
    }

    /// The letters and digits of a folded name as words joined by single spaces, without a leading "the"
    /// when a word follows it.
    static func characterWords(_ folded: String) -> String {
        var words: [Substring] = []
        var current = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(Substring(current))
                current = ""
            }
        }
        if !current.isEmpty { words.append(Substring(current)) }
        if words.first == "the" && words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// ``characterWords(_:)`` for an all-ASCII name, on bytes (ASCII letters and digits are the only
    /// ASCII characters that are letters or numbers); `nil` for other names.
    static func asciiWords(_ folded: String) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(folded.utf8.count)
        var inWord = false
        for byte in folded.utf8 {
            guard byte < 0x80 else { return nil }
            let isWordByte = byte >= 0x30 && byte <= 0x39 || byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A
            if isWordByte {
                if !inWord && !output.isEmpty { output.append(0x20) }
                output.append(byte)
            }
            inWord = isWordByte
        }
        // A leading "the" goes when a word follows it.
        if output.count > 4 && output[0] == 0x74 && output[1] == 0x68 && output[2] == 0x65 && output[3] == 0x20 {
            output.removeFirst(4)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A slug for ids: lower-case ASCII letters, digits and single hyphens.
    static func slug(_ name: String) -> String {
        var slug = ""
        for scalar in Gazetteer.fold(name).unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || (scalar.value >= 48 && scalar.value <= 57) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "x" : String(slug.prefix(60))
    }
}
