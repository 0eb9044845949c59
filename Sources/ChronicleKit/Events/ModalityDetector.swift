/// Decides how firmly a sentence puts forward its event, from cue words around the trigger.
struct ModalityDetector {
    private static let denial: Set<String> = [
        "denied", "denies", "deny", "denying", "denial", "refuted", "rejected", "dismissed", "refutes",
    ]
    private static let negation: Set<String> = ["not", "never", "no", "n't", "neither", "nor", "without"]
    private static let allegation: Set<String> = [
        "allegedly", "alleged", "alleges", "allege", "accused", "accuses", "accusing", "claims", "claimed", "claim",
        "purportedly", "supposedly", "reportedly", "orchestrated", "staged",
    ]
    private static let hedges: Set<String> = [
        "may", "might", "could", "possibly", "perhaps", "probably", "likely", "suggests", "suggest", "suggested",
        "if", "would", "believed", "suspected", "apparently", "seems", "seemed", "plausible", "speculation",
    ]
    private static let future: Set<String> = [
        "will", "shall", "plans", "planned", "due", "scheduled", "expected", "intends", "upcoming",
    ]

    /// The modality of the event triggered at `trigger` in `tokens[bounds]`.
    func modality(tokens: [Token], bounds: Range<Int>, trigger: Int, attributed: Bool, time: TimeExpression?)
        -> Modality
    {
        var words: [String] = []
        for index in bounds where tokens[index].kind == .word { words.append(tokens[index].lower) }
        if words.contains(where: Self.denial.contains) { return .denied }
        // Negation close before the trigger: "never left", "did not flee", "has not been charged".
        let window = max(bounds.lowerBound, trigger - 4)..<trigger
        if window.contains(where: { Self.negation.contains(tokens[$0].lower) }) { return .denied }
        if words.contains(where: Self.allegation.contains) { return .alleged }
        if window.contains(where: { Self.hedges.contains(tokens[$0].lower) }) || words.contains("suggests") {
            return .hypothetical
        }
        if window.contains(where: { Self.future.contains(tokens[$0].lower) }) { return .planned }
        if let time, time.kind == .date, time.value == "FUTURE_REF" { return .planned }
        return attributed ? .reported : .asserted
    }
}
