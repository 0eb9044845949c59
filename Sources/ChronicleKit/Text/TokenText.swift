extension Array where Element == Token {
    /// The text of the tokens in `range` as the document wrote them: a space between two tokens where the
    /// text had one, none where it had none ("Al-Qaeda", "U.S.").
    func text(_ range: Range<Int>) -> String {
        var text = ""
        for index in range {
            if index > range.lowerBound && self[index].spaceBefore { text += " " }
            text += self[index].text
        }
        return text
    }
}
