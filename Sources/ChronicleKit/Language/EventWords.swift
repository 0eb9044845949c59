/// The event extractor's words of one language: event verbs and nouns, and irregular verb forms.
struct EventWords: Sendable {
    /// Verbs, in their base form, that name an event in the world.
    let verbs: WordSet
    /// Nouns that name an event.
    let nouns: WordSet
    /// Irregular forms and their verb.
    let irregular: WordMap<String>
    /// Every inflected form of the event verbs, and its verb.
    private let inflections: WordMap<String>

    init(_ lists: LanguageFiles) throws {
        verbs = try lists.words("event-verbs")
        nouns = try lists.words("event-nouns")
        irregular = try lists.table("event-irregular-verbs") { $0 }
        inflections = EventLexicon.inflections(of: verbs, irregular: irregular)
    }

    /// The verb an event word is a form of ("fled" -> "flee"), when it is one.
    func verbLemma(_ word: String) -> String? {
        inflections[word]
    }
}
