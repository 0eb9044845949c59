/// One word, number or punctuation mark of a document, with its place in the text.
public struct Token: Sendable, Hashable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable, Hashable {
        /// Letters (with inner apostrophes), e.g. `Rabat`, `don't`, or the possessive `'s`.
        case word
        /// Digits, possibly with thousands groups, a decimal part or a letter suffix: `2,009`, `17th`, `1990s`.
        case number
        /// Any other single character.
        case punctuation
    }

    /// The UTF-8 range in the document text.
    public var range: TextRange
    /// What the token is made of.
    public var kind: Kind
    /// The text as written.
    public var text: String
    /// The text in lower case (for words), the text itself otherwise.
    public var lower: String
    /// Whether white space separates this token from the one before.
    public var spaceBefore: Bool
    /// How many line breaks separate this token from the one before.
    public var newlinesBefore: Int

    /// Creates a token.
    public init(range: TextRange, kind: Kind, text: String, lower: String, spaceBefore: Bool, newlinesBefore: Int) {
        self.range = range
        self.kind = kind
        self.text = text
        self.lower = lower
        self.spaceBefore = spaceBefore
        self.newlinesBefore = newlinesBefore
    }

    /// Whether the first letter is upper case.
    public var isCapitalized: Bool {
        guard kind == .word, let byte = text.utf8.first else { return false }
        // ASCII without the Unicode tables.
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        return text.unicodeScalars.first!.properties.isUppercase
    }

    /// Whether every letter is upper case and there are at least two (`DST`, `AQIM`).
    public var isAllCaps: Bool {
        guard kind == .word else { return false }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.count >= 2 && !text.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
        }
        guard text.unicodeScalars.count >= 2 else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isUppercase || !$0.properties.isAlphabetic }
    }

    /// The integer value of a plain number token (`2011`, `17`), without groups, decimals or suffixes.
    public var integerValue: Int? {
        guard kind == .number, text.utf8.count <= 9, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            return nil
        }
        return Int(text)
    }

    /// The number of digits of a plain number token.
    public var digitCount: Int {
        kind == .number ? text.utf8.prefix { $0 >= 48 && $0 <= 57 }.count : 0
    }
}
