import Foundation
import Testing

/// `chronicle export` and `chronicle formats` as #26 asked: flags that do not apply are usage errors, a
/// `.jsonl` Timesketch file is JSON Lines, and the progress line goes through every phase to the end.
@Suite struct ExportCommandTests {
    static let samples = DataSafetyTests.samples

    @Test(arguments: [
        ["export", "csv", "--yed"], ["export", "timesketch", "--excel"],
        ["export", "json", "--template", "x.mustache"],
        ["export", "graphml", "--group", "type"], ["export", "nonsense"],
    ])
    func aFlagTheFormatDoesNotUseIsAUsageError(arguments: [String]) throws {
        let work = try CLITests.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let run = try CLITests.run(arguments + [Self.samples, "-o", work + "/out"])
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("does not apply to") || run.stderr.contains("unknown format"))
        #expect(!FileManager.default.fileExists(atPath: work + "/out"))
    }

    @Test func timesketchWritesJSONLinesToAJSONLFile() throws {
        let work = try CLITests.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let run = try CLITests.run(["export", "timesketch", Self.samples, "-o", work + "/sketch.jsonl", "--quiet"])
        #expect(run.status == 0)
        let lines = try String(contentsOfFile: work + "/sketch.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
    }

    @Test func formatsListsTheRegistry() throws {
        let run = try CLITests.run(["formats"])
        #expect(run.status == 0)
        let names = run.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] }
        #expect(names.contains("timesketch-jsonl"))
        #expect(names.count == 9)
    }

    /// The progress line shows only on a terminal: `script` gives the run one.
    @Test(
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func progressGoesThroughEveryPhaseToTheEnd() throws {
        let work = try CLITests.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let command = "\(CLITests.binary) build \(Self.samples) --out \(work)/out"
        let run = try CLITests.run(["-qec", command, "/dev/null"], binary: "/usr/bin/script")
        #expect(run.status == 0)
        let screen = run.stdout + run.stderr
        for phase in ["reading and analyzing:", "merging 7 documents", "writing chronology.csv", "done: 7 documents"] {
            #expect(screen.contains(phase), "no '\(phase)' in \(screen.debugDescription)")
        }
        #expect(screen.contains("100%"))
    }
}

/// `chronicle read` shows what was read, in the input format `build` takes back.
@Suite struct ReadCommandTests {
    @Test func eachDocumentIsOneJSONLineThatBuildReadsBack() throws {
        let work = try CLITests.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let run = try CLITests.run(["read", DataSafetyTests.samples])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 7)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(first.keys) == ["id", "date", "title", "publisher", "text"])
        let html = try #require(
            lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
                .first { ($0["id"] as? String)?.hasSuffix(".html") == true })
        #expect(html["title"] as? String == "Valdoria and Spain to sign security convention despite Benhaddou affair")
        #expect((html["text"] as? String)?.contains("Copyright") == false)
        try run.stdout.write(toFile: work + "/read.jsonl", atomically: true, encoding: .utf8)
        let build = try CLITests.run(["build", work + "/read.jsonl", "--out", work + "/out", "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let written = try CLITests.run(["read", DataSafetyTests.samples, "-o", work + "/again.jsonl"])
        #expect(written.status == 0)
        #expect(try String(contentsOfFile: work + "/again.jsonl", encoding: .utf8) == run.stdout)
    }

    @Test func aRunThatReadsNothingKeepsAnEarlierFile() throws {
        let work = try CLITests.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        try "earlier".write(toFile: work + "/read.jsonl", atomically: true, encoding: .utf8)
        let run = try CLITests.run(["read", work + "/missing.html", "-o", work + "/read.jsonl"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no document could be read"))
        #expect(try String(contentsOfFile: work + "/read.jsonl", encoding: .utf8) == "earlier")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work) == ["read.jsonl"])
    }
}
