/// Finds people, organizations and places in a document.
///
/// With a trained model (the default: the averaged perceptron shipped with the library, trained on
/// CoNLL-2003), names are tagged by ``NERTagger``; titles before a name become its role and acronym
/// definitions ("Directorate of Territorial Surveillance (DST)") are linked. Without one, rules and
/// word lists find runs of capitalized words and type them.
public struct EntityRecognizer: Sendable {
    /// The statistical model, or `nil` for the rule-based recognizer.
    public var model: NERModel?

    /// Creates a recognizer.
    /// - Parameter model: the model to use; `nil` selects the rules.
    public init(model: NERModel? = NERModel.bundled) {
        self.model = model
    }

    /// The mentions of a document, in text order.
    /// - Parameters:
    ///   - tokens: the document's tokens.
    ///   - sentences: its sentences.
    public func mentions(tokens: [Token], sentences: [Sentence]) -> [EntityMention] {
        guard let model else { return ruleBasedMentions(tokens: tokens, sentences: sentences) }
        let found = StatisticalMentions(tokens: tokens, sentences: sentences).mentions(tagger: NERTagger(model: model))
        return HeadingFilter(tokens: tokens, sentences: sentences).filter(found)
    }

    /// The rule-based mentions of a document.
    func ruleBasedMentions(tokens: [Token], sentences: [Sentence]) -> [EntityMention] {
        let context = DocumentVocabulary(tokens: tokens)
        var found: [EntityMention] = []
        var titleCaseSentences: [Sentence] = []
        var knownNames = Set<String>()
        for sentence in sentences {
            if DocumentVocabulary.isTitleCase(tokens[sentence.tokens]) {
                titleCaseSentences.append(sentence)
                continue
            }
            let mentions = CandidateScanner(tokens: tokens, sentence: sentence, vocabulary: context).mentions(
                headline: false)
            for mention in mentions { knownNames.insert(Gazetteer.fold(mention.text)) }
            found.append(contentsOf: mentions)
        }
        // Headlines: keep only names the body confirms, places from the gazetteer and acronyms.
        for sentence in titleCaseSentences {
            let mentions = CandidateScanner(tokens: tokens, sentence: sentence, vocabulary: context).mentions(
                headline: true)
            found.append(
                contentsOf: mentions.filter { mention in
                    let folded = Gazetteer.fold(mention.text)
                    return knownNames.contains(folded) || Gazetteer.placeNames.contains(folded)
                        || mention.text.allSatisfy { $0.isUppercase || $0 == "-" }
                })
        }
        return found.sorted { $0.range < $1.range }
    }
}

/// What a document itself says about its words: which ones it also writes in lower case.
struct DocumentVocabulary {
    let lowercaseWords: Set<String>

    init(tokens: [Token]) {
        var words = Set<String>()
        for token in tokens where token.kind == .word && !token.isCapitalized {
            words.insert(token.lower)
        }
        lowercaseWords = words
    }

    /// Whether a word is ordinary vocabulary rather than a name.
    func isCommon(_ lower: String) -> Bool {
        Gazetteer.notNames.contains(lower) || CommonWords.all.contains(lower) || lowercaseWords.contains(lower)
    }

    /// A headline or heading: ordinary words capitalized. Names do not count either way, so a
    /// sentence full of names ("Pedro Sánchez met Abdellatif Hammouchi in Madrid") is not a headline.
    static func isTitleCase(_ tokens: ArraySlice<Token>) -> Bool {
        var common = 0
        var capitalized = 0
        for token in tokens.dropFirst() where token.kind == .word && token.text.utf8.count > 3 {
            guard CommonWords.all.contains(token.lower) else { continue }
            common += 1
            if token.isCapitalized { capitalized += 1 }
        }
        return common >= 2 && capitalized * 10 >= common * 6
    }
}
