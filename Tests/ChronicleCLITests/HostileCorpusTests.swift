import Foundation
import Testing

/// The hostile corpus from `Tools/make-hostile-corpus.py`, run through the built binary: each bad file
/// is named with its problem, nothing crashes or hangs, no secret leaks, every good document is exported.
@Suite struct HostileCorpusTests {
    struct Expected: Decodable {
        var errors: [String: String]
        var notes: [String: String]
        var good: [String: [String]]
        var secret: String
        var limits: [String]
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func hostileCorpusIsSurvivedAndTheGoodDocumentsExported() throws {
        let work = try CLITests.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", Self.repository.path + "/Tools/make-hostile-corpus.py", work]
        try generator.run()
        generator.waitUntilExit()
        try #require(generator.terminationStatus == 0, "the corpus generator failed")
        let expected = try JSONDecoder().decode(
            Expected.self, from: Data(contentsOf: URL(fileURLWithPath: work + "/expected.json")))

        let corpus = work + "/corpus"
        let started = Date()
        let run = try CLITests.run(["build", corpus, "--out", work + "/out"] + expected.limits, timeout: 60)
        #expect(Date().timeIntervalSince(started) < 60, "no hang")
        #expect(run.status == 1, "bad inputs make the exit status 1, not a crash")

        for (file, message) in expected.errors.sorted(by: { $0.key < $1.key }) {
            let line = run.stderr.split(separator: "\n").first { $0.contains("\(corpus)/\(file)") }
            #expect(line?.hasPrefix("chronicle: error: ") == true && line?.contains(message) == true, "\(file)")
        }
        for (file, message) in expected.notes {
            #expect(run.stderr.contains("\(corpus)/\(file): not UTF-8; \(message)"), "\(file)")
        }

        let outputs = ["chronology.csv", "chronology.graphml", "briefing.txt"].map { work + "/out/" + $0 }
        for output in outputs {
            let text = try String(contentsOfFile: output, encoding: .utf8)
            #expect(!text.contains(expected.secret), "\(output) leaks the secret file")
        }
        let graph = try String(contentsOfFile: outputs[1], encoding: .utf8)
        #expect(!graph.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })

        let rows = try CSVRows.read(outputs[0])
        for (document, dates) in expected.good {
            for date in dates {
                #expect(
                    rows.contains {
                        $0["date"] == date
                            && $0["documents"]?.split(separator: ";").map(Self.trim).contains(document) == true
                    },
                    "\(document) is exported with its \(date) event")
            }
        }
        for row in rows {
            for (column, value) in row where column != "summary" || !value.isEmpty {
                #expect(!["=", "+", "-", "@"].contains(value.first.map(String.init) ?? ""), "\(column): \(value)")
            }
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work + "/out").filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no temporary files left")
    }

    static func trim(_ part: Substring) -> String {
        part.trimmingCharacters(in: .whitespaces)
    }
}
