/// Relative clauses set off by commas ("Ferrer Llull, who was received by the king, said ..."), whose
/// content belongs neither to the speaker after them nor to the clause around them.
enum RelativeClause {
    static let pronouns: WordSet = ["who", "which", "whose", "whom"]

    /// The comma opening a relative clause that holds token `index`: the nearest comma at or before
    /// `index` (above `floor`, and fewer than 25 tokens before `anchor`) when a relative pronoun follows it.
    static func openingComma(_ tokens: [Token], from index: Int, floor: Int, anchor: Int) -> Int? {
        var comma = index
        while comma > floor, anchor - comma < 25, tokens[comma].text != "," { comma -= 1 }
        guard tokens[comma].text == ",", comma + 1 < tokens.count, pronouns.contains(tokens[comma + 1].lower) else {
            return nil
        }
        return comma
    }
}
