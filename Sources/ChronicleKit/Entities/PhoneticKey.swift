/// A sound-alike key for transliterated names: vowels and `h` dropped, letters folded into consonant
/// classes, digraphs read as one sound, repeats collapsed. "Hejjawi" and "Hijaouy" both give `JW`,
/// "Okhacha" and "Okasha" `KS`, "Mohamed" and "Mohammed" `MMT` → `MT`.
public enum PhoneticKey {
    /// The key of one word (lower case, diacritics folded).
    public static func of(_ word: some StringProtocol) -> String {
        let letters = Array(Gazetteer.fold(String(word)).unicodeScalars.filter { $0.properties.isAlphabetic })
        var codes: [Character] = []
        var index = 0
        func push(_ code: Character) {
            if codes.last != code { codes.append(code) }
        }
        while index < letters.count {
            let letter = Character(letters[index])
            let next = index + 1 < letters.count ? Character(letters[index + 1]) : " "
            switch letter {
            case "s" where next == "h", "c" where next == "h":
                push("S")
                index += 2
                continue
            case "o" where next == "u", "w":
                push("W")
                index += letter == "o" ? 2 : 1
                continue
            case "p" where next == "h":
                push("F")
                index += 2
                continue
            case "d" where next == "j":
                push("J")
                index += 2
                continue
            case "k" where next == "h":
                push("K")
                index += 2
                continue
            default:
                break
            }
            switch letter {
            case "b", "p": push("B")
            case "d", "t": push("T")
            case "k", "q", "c", "g": push(letter == "g" && (next == "e" || next == "i") ? "J" : "K")
            case "j": push("J")
            case "s", "z", "x": push("S")
            case "f", "v": push("F")
            case "l": push("L")
            case "m": push("M")
            case "n": push("N")
            case "r": push("R")
            default: break  // vowels, h, y
            }
            index += 1
        }
        return String(codes)
    }

    /// Whether two keys are equal or differ by one swap of neighbouring letters ("Droudkel" / "Droukdel").
    public static func isNear(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let x = Array(a)
        let y = Array(b)
        guard x.count == y.count, x.count >= 4 else { return false }
        let differences = x.indices.filter { x[$0] != y[$0] }
        guard differences.count == 2, differences[1] == differences[0] + 1 else { return false }
        return x[differences[0]] == y[differences[1]] && x[differences[1]] == y[differences[0]]
    }
}
