import Foundation

/// Lower-case words that news text writes in lower case, so that a capitalized one is likely no name.
///
/// The list (`Resources/common-words.txt`) is derived from CoNLL-2003 by `Tools/build-lexicons.py`.
enum CommonWords {
    static let all: WordSet = {
        guard let path = ResourceFiles.path(of: "common-words.txt"),
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return [] }
        return WordSet(text.split(separator: "\n").map(String.init))
    }()
}
