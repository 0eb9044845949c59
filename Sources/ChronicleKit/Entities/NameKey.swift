/// Normal forms of names used to decide which mentions are the same entity.
enum NameKey {
    /// Folded, possessive and leading article removed, hyphens and apostrophes as spaces: `al qaeda in the islamic maghreb`.
    static func normalized(_ name: String) -> String {
        var folded = Gazetteer.fold(name)
        for suffix in ["'s", "s'"] where folded.hasSuffix(suffix) && folded.count > 3 {
            folded = String(folded.dropLast(suffix == "'s" ? 2 : 1))
        }
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
