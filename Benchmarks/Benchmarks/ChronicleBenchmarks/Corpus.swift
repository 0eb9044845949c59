import ChronicleKit
import Foundation

/// The benchmark corpus: Reuters-21578 as JSON Lines, made once with `../shared/tools/corpus-to-jsonl`.
///
/// `CHRONICLE_BENCH_CORPUS` may name another JSON Lines file (or folder) instead.
final class Corpus: Sendable {
    static let shared = Corpus()

    /// The JSON Lines file.
    let path: String

    /// The documents, read once for the stage benchmarks (the pipeline benchmarks read the file).
    var documents: [Document] { loaded.documents }
    /// Bytes of text in the documents.
    var bytes: Int { loaded.bytes }
    /// The chronology of the whole corpus, built once for the exporter benchmarks.
    var chronology: Chronology { built.value }

    private let loaded: (documents: [Document], bytes: Int)
    private let built: Lazy

    private init() {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["CHRONICLE_BENCH_CORPUS"] {
            path = given
        } else {
            path = Self.makeReutersJSONLines()
        }
        var documents: [Document] = []
        var bytes = 0
        for input in InputCollector().collect([path]).inputs {
            DocumentReader().read(input) { result in
                if case .success(let document) = result {
                    documents.append(document)
                    bytes += document.text.utf8.count
                }
            }
        }
        precondition(!documents.isEmpty, "no documents in \(path)")
        loaded = (documents, bytes)
        built = Lazy(path: path)
    }

    /// The chronology, built on first use only (the stage benchmarks do not need it).
    final class Lazy: @unchecked Sendable {
        private let path: String
        private let lock = NSLock()
        private var chronology: Chronology?

        init(path: String) { self.path = path }

        var value: Chronology {
            lock.lock()
            defer { lock.unlock() }
            if let chronology { return chronology }
            let made = try! ChronologyPipeline().run(paths: [path]).chronology
            chronology = made
            return made
        }
    }

    /// Converts the shared Reuters corpus once into a temporary JSON Lines file.
    private static func makeReutersJSONLines() -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let tool = root.deletingLastPathComponent().appendingPathComponent("shared/tools/corpus-to-jsonl").path
        let output = NSTemporaryDirectory() + "chronicle-reuters21578.jsonl"
        if FileManager.default.fileExists(atPath: output) { return output }
        precondition(
            FileManager.default.fileExists(atPath: tool),
            "\(tool) is missing: set CHRONICLE_BENCH_CORPUS to a JSON Lines corpus")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", tool, "--skip-empty"]
        let partial = output + ".partial"
        _ = FileManager.default.createFile(atPath: partial, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: partial)
        try? process.run()
        process.waitUntilExit()
        precondition(process.terminationStatus == 0, "corpus-to-jsonl failed")
        _ = rename(partial, output)
        return output
    }
}
