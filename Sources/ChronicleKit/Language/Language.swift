import Foundation

/// The words of one language that Chronicle's rules read: month and weekday names, number words, time
/// units, the cues that tell a year from a count, the event words. They live in the files of
/// `Resources/<code>/` (one list a file, an example at its top, in the manner of HeidelTime's resource
/// folders), not in the code, so a second language is a folder of files.
///
/// One value is carried in the options of a run (``DocumentAnalyzer/Options/language``); the
/// matchers read their words from it.
public struct Language: Sendable, Hashable {
    /// A list that could not be read: the file and what is wrong.
    public struct LoadError: Error, Equatable, CustomStringConvertible {
        /// The file.
        public var file: String
        /// The line (1-based), or 0 for the whole file.
        public var line: Int
        /// What is wrong.
        public var reason: String

        public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
    }

    /// The language's code (`en`), the name of its folder.
    public let code: String
    /// The time tagger's words.
    let time: TimeWords
    /// The event extractor's words.
    let events: EventWords

    /// Reads the language whose files are in `folder`.
    /// - Throws: ``LoadError`` naming the file that is missing or malformed.
    public init(code: String, folder: String) throws {
        try self.init(code: code, lists: LanguageFiles(folder: folder))
    }

    /// Reads the lists of `lists`; with no folder, every list is empty.
    private init(code: String, lists: LanguageFiles) throws {
        self.code = code
        time = try TimeWords(lists)
        events = try EventWords(lists)
    }

    /// English, from the files shipped with the library (the resources folder beside the binary). When
    /// they cannot be read (``bundledError`` says why; the command line checks it first), every list is
    /// empty and no date or event word is found.
    public static var english: Language {
        switch bundledEnglish {
        case .success(let language): return language
        case .failure: return emptyEnglish
        }
    }

    private static let emptyEnglish = try! Language(code: "en", lists: LanguageFiles(folder: nil))

    /// Why the shipped English files cannot be used, or `nil` when they can.
    public static var bundledError: LoadError? {
        if case .failure(let error) = bundledEnglish { return error }
        return nil
    }

    private static let bundledEnglish: Result<Language, LoadError> = {
        guard
            let folder = ResourceFiles.path(of: "en/time-months.txt").map({ ($0 as NSString).deletingLastPathComponent }
            )
        else {
            return .failure(LoadError(file: "en/", line: 0, reason: ResourceFiles.missingMessage("en/time-months.txt")))
        }
        return Result { try Language(code: "en", folder: folder) }.mapError { $0 as! LoadError }
    }()

    public static func == (lhs: Language, rhs: Language) -> Bool { lhs.code == rhs.code }

    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}

/// The list files of one language's folder: `NAME.txt`, one entry a line, a tab between a word and its
/// value, `# ` starting a comment line.
struct LanguageFiles {
    /// The folder, or `nil` for no files (every list empty).
    let folder: String?

    /// The entries of `name`.txt.
    func entries(_ name: String) throws -> [(word: String, value: String?, line: Int)] {
        guard let folder else { return [] }
        let file = name + ".txt"
        guard let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else {
            throw Language.LoadError(file: folder + "/" + file, line: 0, reason: "missing or not UTF-8")
        }
        var entries: [(String, String?, Int)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("# ") { continue }
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            entries.append((fields[0], fields.count > 1 ? fields[1] : nil, number + 1))
        }
        return entries
    }

    /// The words of `name`.txt.
    func words(_ name: String) throws -> WordSet {
        WordSet(try entries(name).map(\.word))
    }

    /// The words of `name`.txt with their values, read by `parse`.
    func table<Value: Sendable>(_ name: String, _ parse: (String) -> Value?) throws -> WordMap<Value> {
        var table: [String: Value] = [:]
        for (word, value, line) in try entries(name) {
            guard let text = value, let parsed = parse(text) else {
                throw Language.LoadError(
                    file: (folder ?? "") + "/" + name + ".txt", line: line,
                    reason: "'\(word)' needs a valid value after a tab")
            }
            guard table.updateValue(parsed, forKey: word) == nil else {
                throw Language.LoadError(
                    file: (folder ?? "") + "/" + name + ".txt", line: line, reason: "'\(word)' twice")
            }
        }
        return WordMap(table)
    }
}
