import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A run never loses the user's earlier exports: failed runs, killed runs, links, folders in the way and
/// a second run into the same folder each leave them whole.
@Suite struct DataSafetyTests {
    static let samples: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples").path
    }()
    static let names = ["chronology.csv", "chronology.graphml", "briefing.txt"]

    /// A folder with one small article, and the exports of a first build of it in `out`.
    static func built() throws -> (work: String, out: String, exports: [Data]) {
        let work = try CLITests.folder()
        try "Title: First\nDate: 2021-03-04\n\nKarim Benhaddou fled to Madrid on 2 March 2021.\n".write(
            toFile: work + "/first.txt", atomically: true, encoding: .utf8)
        let out = work + "/out"
        let run = try CLITests.run(["build", work + "/first.txt", "--out", out, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        return (work, out, try exports(out))
    }

    static func exports(_ out: String) throws -> [Data] {
        try names.map { try Data(contentsOf: URL(fileURLWithPath: out + "/" + $0)) }
    }

    static func listing(_ out: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    }

    @Test func aMistypedInputKeepsThePreviousExports() throws {
        let (work, out, before) = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let run = try CLITests.run(["build", work + "/fisrt.txt", "--out", out])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no document could be read, so no output was written"))
        #expect(try Self.exports(out) == before)
        #expect(try Self.listing(out) == Self.names.sorted())
        let export = try CLITests.run(["export", "csv", work + "/fisrt.txt", "-o", out + "/chronology.csv"])
        #expect(export.status == 1)
        #expect(try Self.exports(out) == before)
    }

    @Test func aLinkedOutputIsReplacedNotTheFileItPointsTo() throws {
        let (work, out, _) = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: work) }
        try "someone's notes".write(toFile: work + "/notes.txt", atomically: true, encoding: .utf8)
        unlink(out + "/briefing.txt")
        #expect(symlink(work + "/notes.txt", out + "/briefing.txt") == 0)
        let run = try CLITests.run(["build", Self.samples, "--out", out, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: work + "/notes.txt", encoding: .utf8) == "someone's notes")
        #expect(try String(contentsOfFile: out + "/briefing.txt", encoding: .utf8).contains("Benhaddou"))
    }

    @Test func aFolderInPlaceOfAnExportIsFoundBeforeTheAnalysis() throws {
        let (work, out, before) = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: work) }
        unlink(out + "/chronology.graphml")
        try FileManager.default.createDirectory(
            atPath: out + "/chronology.graphml/inside", withIntermediateDirectories: true)
        let run = try CLITests.run(["build", Self.samples, "--out", out])
        #expect(run.status == 1)
        #expect(run.stderr.contains("chronology.graphml: a folder is in the way"))
        #expect(!run.stderr.contains("documents,"), "the analysis should not have run")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/chronology.csv")) == before[0])
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/briefing.txt")) == before[2])
    }

    @Test func aDeepOrBrokenTemplateIsOneLineBeforeTheAnalysis() throws {
        let (work, out, before) = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let deep = String(repeating: "{{#events}}", count: 5000) + String(repeating: "{{/events}}", count: 5000)
        try deep.write(toFile: work + "/deep.mustache", atomically: true, encoding: .utf8)
        let run = try CLITests.run(["build", Self.samples, "--out", out, "--template", work + "/deep.mustache"])
        #expect(run.status == 1)
        #expect(
            run.stderr
                == "chronicle: error: template \(work)/deep.mustache: line 1, column 705: sections nested more than 64 deep\n"
        )
        try "{{#events}}\n{{title}\n".write(toFile: work + "/broken.mustache", atomically: true, encoding: .utf8)
        let broken = try CLITests.run(["build", Self.samples, "--out", out, "--template", work + "/broken.mustache"])
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("chronicle: error: template \(work)/broken.mustache: line 2, column "))
        #expect(broken.stderr.split(separator: "\n").count == 1)
        #expect(try Self.exports(out) == before)
    }

    /// kill -9 at each point of the switch (the test hook stands in for a power cut there), then any next
    /// run, even a failed one, finds the folder with the previous set whole and no leftovers.
    @Test(arguments: 0...3) func aRunKilledDuringTheSwitchIsRolledBackByTheNext(point: Int) throws {
        let (work, out, before) = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let killed = try CLITests.run(
            ["build", Self.samples, "--out", out, "--quiet"], environment: ["CHRONICLE_TEST_KILL_AT_SWITCH": "\(point)"]
        )
        #expect(killed.status == -1, "the run should have been killed")
        #expect(try Self.listing(out).contains(".chronicle-journal"))
        #expect(try Self.listing(out).contains { $0.hasSuffix(".tmp") || $0.hasSuffix(".bak") })
        let next = try CLITests.run(["build", work + "/fisrt.txt", "--out", out])
        #expect(next.status == 1)
        #expect(next.stderr.contains("a run was killed while replacing its outputs"))
        #expect(try Self.exports(out) == before)
        #expect(try Self.listing(out) == Self.names.sorted())
        let rebuilt = try CLITests.run(["build", Self.samples, "--out", out, "--quiet"])
        #expect(rebuilt.status == 0)
        #expect(try Self.exports(out) != before)
        #expect(try Self.listing(out) == Self.names.sorted())
    }

    @Test func aSecondRunIntoALockedFolderFailsAndChangesNothing() throws {
        let (work, out, before) = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let descriptor = open(out, O_RDONLY | O_DIRECTORY)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let run = try CLITests.run(["build", Self.samples, "--out", out])
        #expect(run.status == 1)
        #expect(run.stderr.contains("another chronicle run is writing to this folder"))
        #expect(try Self.exports(out) == before)
    }

    /// Root may write almost anywhere, so the test uses a folder no one may create files in.
    @Test func aFolderThatCannotTakeFilesIsFoundBeforeTheAnalysis() throws {
        let run = try CLITests.run(["build", Self.samples, "--out", "/proc/self/fdinfo"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("output folder /proc/self/fdinfo is not writable"))
        #expect(!run.stderr.contains("documents,"), "the analysis should not have run")
    }

    @Test func aRebuildKeepsAPrivateExportPrivate() throws {
        let (work, out, _) = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: work) }
        #expect(chmod(out + "/chronology.csv", 0o600) == 0)
        let run = try CLITests.run(["build", Self.samples, "--out", out, "--quiet"])
        #expect(run.status == 0)
        var status = stat()
        #expect(stat(out + "/chronology.csv", &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
    }

    @Test func fileNamesReachTheTerminalWithTheirControlsEscaped() throws {
        let work = try CLITests.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let name = work + "/bad\u{1B}[2J\u{9B}name.txt"
        #expect(FileManager.default.createFile(atPath: name, contents: Data()))
        let run = try CLITests.run(["build", name, "--out", work + "/out"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("bad\\x1b[2J\\u{9b}name.txt: empty document"))
        #expect(!run.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
    }
}
