/// Acronyms written without their definition, linked to the one organization of the corpus whose
/// initials they are: "GM" to "General Motors", "AQIM" to "Al Qaeda in the Islamic Maghreb". Function
/// words are skipped ("in the"), hyphenated words count each part ("Al-Qaeda" is A, Q). Two organizations
/// with the same initials leave the acronym alone.
enum AcronymInitials {
    /// Words that acronyms skip.
    private static let skipped: Set<String> = [
        "of", "the", "in", "for", "and", "on", "to", "at", "de", "du", "des", "la", "le", "les", "et", "&",
    ]

    /// The initials of a name of two words or more (lower case), or `nil` for one word.
    static func initials(of name: String) -> String? {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { !skipped.contains(String($0)) }
        guard words.count >= 2 else { return nil }
        return String(words.compactMap(\.first))
    }

    /// Whether a name as written is an acronym: two to six capital letters (dots allowed, as in "U.N.").
    static func isAcronym(_ text: String) -> Bool {
        let letters = text.filter { $0 != "." }
        return (2...6).contains(letters.count) && letters.allSatisfy { $0.isUppercase && $0.isLetter }
    }
}
