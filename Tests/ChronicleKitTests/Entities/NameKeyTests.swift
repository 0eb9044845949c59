import Testing

@testable import ChronicleKit

/// The byte path for ASCII names splits words exactly as the character path does.
@Suite struct NameKeyTests {
    @Test(arguments: [
        "al qaeda in the islamic maghreb", "the dst", "the", "the-the", "them", "  spaced  out  ", "o'neill",
        "directorate (dst)", "f-16 jets", "the 2011 plan", "", "--", "a", "x.y.z", "the theater", "the\tnew",
    ])
    func asciiWordsMatchCharacterWords(_ folded: String) {
        #expect(NameKey.asciiWords(folded) == NameKey.characterWords(folded))
    }

    @Test func nonASCIINamesTakeTheCharacterPath() {
        #expect(NameKey.asciiWords("s\u{E1}nchez") == nil)
        #expect(NameKey.normalized("Pedro S\u{E1}nchez's") == "pedro sanchez")
        #expect(
            NameKey.normalized("The Directorate of Territorial Surveillance")
                == "directorate of territorial surveillance")
    }
}
