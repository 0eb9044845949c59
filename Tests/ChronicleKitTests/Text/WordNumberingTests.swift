import Testing

@testable import ChronicleKit

/// The document word table of the name recognizer numbers each distinct word once, in order.
@Suite struct WordNumberingTests {
    @Test func numbersWordsInOrderOfFirstAppearanceThroughGrowth() {
        var numbering = WordNumbering(capacity: 2)
        let words = (0..<5000).map { "word\($0 % 1700)" } + ["Rabat", "rabat", "", "Fès"]
        var seen: [String: Int32] = [:]
        for word in words {
            let (number, isNew) = numbering.number(word)
            if let known = seen[word] {
                #expect(number == known && !isNew, "\(word)")
            } else {
                #expect(isNew && number == Int32(seen.count), "\(word)")
                seen[word] = number
            }
        }
        #expect(numbering.words.count == 1704)
        #expect(numbering.existingNumber("word1699") == seen["word1699"])
        #expect(numbering.existingNumber("Fès") == seen["Fès"])
        #expect(numbering.existingNumber("Casablanca") == nil)
        #expect(numbering.words[Int(seen["rabat"]!)] == "rabat")
    }

    @Test func spellingsWithOtherBytesAreOtherWords() {
        var numbering = WordNumbering()
        let composed = numbering.number("F\u{E8}s")
        let decomposed = numbering.number("Fe\u{300}s")
        #expect(composed.number != decomposed.number)
    }
}
