/// Splits text into ``Token``s in one linear pass over its UTF-8 bytes.
///
/// Words keep inner apostrophes (`don't`) but a final possessive (`Morocco's`, `Morocco’s`) becomes its
/// own token; hyphens and slashes are separate tokens so date and name rules can see them; numbers keep
/// thousands groups (`2,009`) and decimals together so that they are never mistaken for years.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// Tokenizes `text`.
    public func tokens(in text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(inUTF8: $0) }
    }

    /// Tokenizes UTF-8 bytes; offsets in the result are byte offsets.
    public func tokens(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var scanner = UTF8Scanner(bytes: bytes)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var spaceBefore = false
        var newlines = 0
        while let scalar = scanner.peek() {
            let start = scanner.offset
            if CharacterClass.isSpace(scalar) {
                if scalar == "\n" { newlines += 1 }
                spaceBefore = true
                scanner.advance()
                continue
            }
            let kind: Token.Kind
            if CharacterClass.isDigit(scalar) {
                scanNumber(&scanner)
                kind = .number
            } else if CharacterClass.isLetter(scalar) {
                scanWord(&scanner)
                kind = .word
            } else if CharacterClass.isApostrophe(scalar), isPossessive(scanner, previous: tokens.last, start: start) {
                scanner.advance()
                scanner.advance()
                kind = .word
            } else {
                scanner.advance()
                kind = .punctuation
            }
            let range = TextRange(start: start, end: scanner.offset)
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range.start..<range.end]), as: UTF8.self)
            tokens.append(
                Token(
                    range: range, kind: kind, text: text, lower: kind == .word ? Self.lowercase(text) : text,
                    spaceBefore: spaceBefore || tokens.isEmpty, newlinesBefore: newlines))
            spaceBefore = false
            newlines = 0
        }
        return tokens
    }

    /// Lower-cases ASCII without allocating a new string when there is nothing to change.
    static func lowercase(_ text: String) -> String {
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 { return text.lowercased() }
            if byte >= 65 && byte <= 90 { hasUpper = true }
        }
        return hasUpper ? text.lowercased() : text
    }

    private func scanWord(_ scanner: inout UTF8Scanner) {
        while let scalar = scanner.peek() {
            if CharacterClass.isLetter(scalar) || CharacterClass.isCombining(scalar) {
                scanner.advance()
            } else if CharacterClass.isApostrophe(scalar), let next = scanner.peek(ahead: 1),
                CharacterClass.isLetter(next), !isPossessiveEnding(scanner)
            {
                scanner.advance()
            } else {
                return
            }
        }
    }

    private func scanNumber(_ scanner: inout UTF8Scanner) {
        var digitsInGroup = 0
        while let scalar = scanner.peek() {
            if CharacterClass.isDigit(scalar) {
                scanner.advance()
                digitsInGroup += 1
            } else if scalar == "," || scalar == ".", scanner.digitsAhead(from: 1) >= 1 {
                // "2,009" and "3,535,000" are one number; "2011,2012" or "May,17" are not groups.
                if scalar == "," && (scanner.digitsAhead(from: 1) != 3 || digitsInGroup > 3) { return }
                scanner.advance()
                digitsInGroup = 0
            } else {
                break
            }
        }
        // Ordinal and plural suffixes stay attached: 17th, 1990s, 2nd.
        while let scalar = scanner.peek(), CharacterClass.isLetter(scalar), scalar.isASCII {
            scanner.advance()
        }
    }

    /// Whether the apostrophe at the scanner starts a possessive `'s` that ends a word.
    private func isPossessiveEnding(_ scanner: UTF8Scanner) -> Bool {
        guard let s = scanner.peek(ahead: 1), s == "s" || s == "S" else { return false }
        guard let after = scanner.peek(ahead: 2) else { return true }
        return !CharacterClass.isLetter(after)
    }

    private func isPossessive(_ scanner: UTF8Scanner, previous: Token?, start: Int) -> Bool {
        guard let previous, previous.kind == .word, previous.range.end == start else { return false }
        return isPossessiveEnding(scanner)
    }
}
