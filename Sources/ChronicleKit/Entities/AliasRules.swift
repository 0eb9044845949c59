import Foundation

/// A user's alias file: merges to force and merges to forbid, for the cases no algorithm should guess.
///
/// One rule per line; `#` starts a comment.
/// ```
/// Mehdi Hejjawi = Mehdi Hijaouy = Hijaouy      # these names are one entity
/// Youssef Hajjar != Youssef Hammar             # never merge these two
/// ```
public struct AliasRules: Sendable, Hashable {
    /// Groups of names that are one entity.
    public var same: [[String]]
    /// Pairs of names that are never one entity.
    public var different: [[String]]

    /// No rules.
    public init(same: [[String]] = [], different: [[String]] = []) {
        self.same = same
        self.different = different
    }

    /// A line that is not a rule.
    public struct SyntaxError: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var text: String
        public var description: String { "alias file line \(line): expected 'A = B' or 'A != B', got '\(text)'" }
    }

    /// Parses an alias file's text.
    /// - Throws: ``SyntaxError`` naming the first bad line.
    public init(text: String) throws(SyntaxError) {
        self.init()
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line =
                raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?.trimmingCharacters()
                ?? ""
            if line.isEmpty { continue }
            if line.contains("!=") {
                let names = line.components(separatedBy: "!=").map { $0.trimmingCharacters().description }
                guard names.count == 2, !names.contains(where: \.isEmpty) else {
                    throw SyntaxError(line: number + 1, text: String(raw))
                }
                different.append(names)
            } else if line.contains("=") {
                let names = line.split(separator: "=").map { $0.trimmingCharacters().description }
                guard names.count >= 2, !names.contains(where: \.isEmpty) else {
                    throw SyntaxError(line: number + 1, text: String(raw))
                }
                same.append(names)
            } else {
                throw SyntaxError(line: number + 1, text: String(raw))
            }
        }
    }
}
