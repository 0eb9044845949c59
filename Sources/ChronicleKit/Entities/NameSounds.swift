/// The sounds of a normalized person (or unclassified) name, for matching transliterations.
struct NameSounds: Sendable {
    /// The first word's sound, for names of two words or more.
    var first: String?
    /// The other words' sounds joined (regnal numbers "II", "VI" kept as written), for two words or more.
    var rest: String?
    /// The last word's sound, for names of two words or more.
    var last: String?
    /// The sound of a one-word name.
    var whole: String?

    init(_ key: String, isPerson: Bool) {
        let words = key.split(separator: " ")
        guard words.count >= 2 else {
            whole = PhoneticKey.of(key)
            return
        }
        guard isPerson else { return }
        first = PhoneticKey.of(words[0])
        // Regnal numbers ("II", "VI") are kept as written: they carry no sound to compare.
        rest = words.dropFirst().map { word in
            word.allSatisfy { "ivx".contains($0) } ? word.uppercased() : PhoneticKey.of(word)
        }.joined()
        last = PhoneticKey.of(words.last!)
    }
}
