import Foundation
import Testing

/// End-to-end runs of the built `chronicle` binary.
@Suite struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: String {
        let products = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build")
        for candidate in ["debug/chronicle", "release/chronicle"] {
            let path = products.appendingPathComponent(candidate).path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return products.appendingPathComponent("debug/chronicle").path
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "chronicle-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func helpAndVersion() throws {
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("build"))
        #expect(help.stdout.contains("export"))
        let version = try Self.run(["--version"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func buildWritesThreeFilesAndReportsBadInputs() throws {
        let work = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        try "Title: Fine\nDate: 2021-03-04\n\nKarim Benhaddou fled to Madrid yesterday.".write(
            toFile: work + "/good.txt", atomically: true, encoding: .utf8)
        try Data([0, 1, 2, 3]).write(to: URL(fileURLWithPath: work + "/bad.txt"))
        let run = try Self.run([
            "build", work + "/good.txt", work + "/bad.txt", work + "/missing.txt", "--out", work + "/out",
        ])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(work)/bad.txt: binary file"))
        #expect(run.stderr.contains("\(work)/missing.txt: no such file"))
        let files = try FileManager.default.contentsOfDirectory(atPath: work + "/out").sorted()
        #expect(files == ["briefing.txt", "chronology.csv", "chronology.graphml"])
        let csv = try String(contentsOfFile: work + "/out/chronology.csv", encoding: .utf8)
        #expect(csv.contains("2021-03-03"))
    }

    @Test func exportReadsStandardInputAndWritesStdout() throws {
        let run = try Self.run(
            ["export", "csv", "-", "--reference-date", "2021-03-04"],
            stdin: "The minister resigned yesterday in Rabat.\n")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("event_id,date,"))
        #expect(run.stdout.contains("2021-03-03"))
    }

    @Test func badReferenceDateIsAUsageError() throws {
        let run = try Self.run(["export", "csv", "-", "--reference-date", "2021-02-30"], stdin: "x")
        #expect(run.status != 0)
        #expect(run.stderr.contains("--reference-date"))
    }

    @Test func outputNeverOverwritesAnInput() throws {
        let work = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let input = work + "/article.txt"
        try "The minister resigned in 2020 in Rabat.".write(toFile: input, atomically: true, encoding: .utf8)
        let run = try Self.run(["export", "csv", input, "-o", input])
        #expect(run.status != 0)
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "The minister resigned in 2020 in Rabat.")
    }
}
