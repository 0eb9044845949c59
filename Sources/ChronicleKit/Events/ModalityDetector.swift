/// Decides how firmly a sentence puts forward its event, from cue words around the trigger.
struct ModalityDetector {
    private static let denial: WordSet = [
        "denied", "denies", "deny", "denying", "denial", "refuted", "rejected", "dismissed", "refutes",
    ]
    private static let negation: WordSet = ["not", "never", "no", "n't", "neither", "nor", "without"]
    private static let allegation: WordSet = [
        "allegedly", "alleged", "alleges", "allege", "accused", "accuses", "accusing", "claims", "claimed", "claim",
        "purportedly", "supposedly", "reportedly", "orchestrated", "orchestrating", "staged", "implicate", "implicates",
    ]
    private static let hedges: WordSet = [
        "may", "might", "could", "possibly", "perhaps", "probably", "likely", "suggests", "suggest", "suggested",
        "if", "would", "believed", "suspected", "apparently", "seems", "seemed", "plausible", "speculation",
    ]
    private static let future: WordSet = [
        "will", "shall", "plans", "planned", "due", "scheduled", "expected", "intends", "upcoming", "prepares",
        "preparing",
    ]

    /// The modality of the event triggered at `trigger` in `tokens[bounds]`.
    func modality(
        tokens: [Token], bounds: Range<Int>, trigger: Int, attributed: Bool, time: TimeExpression?,
        documentDate: CalendarDate? = nil
    ) -> Modality {
        var words: [String] = []
        for index in bounds where tokens[index].kind == .word { words.append(tokens[index].lower) }
        // A denial counts unless it sits in a relative clause about someone else ("Hajjar, who denies ...").
        // "declined the claims" denies them; "declined to comment" does not.
        let denials = bounds.filter { index in
            Self.denial.contains(tokens[index].lower)
                || tokens[index].lower == "declined"
                    && (index + 1..<min(index + 4, bounds.upperBound)).contains {
                        AttributionFinder.claimNouns.contains(tokens[$0].lower)
                            || ["reports", "report", "charges"].contains(tokens[$0].lower)
                    }
        }
        if denials.contains(where: { index in
            !(index - 1 >= bounds.lowerBound && ["who", "which"].contains(tokens[index - 1].lower))
        }) {
            return .denied
        }
        // Negation close before the trigger: "never left", "did not flee", "has not been charged".
        let window = max(bounds.lowerBound, trigger - 4)..<trigger
        if window.contains(where: { Self.negation.contains(tokens[$0].lower) }) { return .denied }
        if words.contains(where: Self.allegation.contains) { return .alleged }
        if window.contains(where: { Self.hedges.contains(tokens[$0].lower) }) || words.contains("suggests") {
            return .hypothetical
        }
        if window.contains(where: { Self.future.contains(tokens[$0].lower) }) { return .planned }
        // Dated after the article was written: announced or planned, not yet happened.
        if let start = time?.interval?.start, let documentDate, start > documentDate { return .planned }
        if let time, time.kind == .date, time.value == "FUTURE_REF" { return .planned }
        return attributed ? .reported : .asserted
    }
}
