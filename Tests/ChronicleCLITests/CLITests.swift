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

    /// Runs the binary; past `timeout` seconds it is killed (and the run reports status -1).
    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], timeout: TimeInterval = 120,
        binary: String = binary
    ) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return Run(
            status: process.terminationReason == .exit ? process.terminationStatus : -1,
            stdout: String(decoding: stdoutData, as: UTF8.self),
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

    @Test func aTemporaryFolderThatCannotHoldTheEventsIsNamed() throws {
        let work = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        try "Title: Fine\nDate: 2021-03-04\n\nKarim Benhaddou fled to Madrid yesterday.".write(
            toFile: work + "/good.txt", atomically: true, encoding: .utf8)
        let run = try Self.run(
            ["build", work + "/good.txt", "--out", work + "/out"], environment: ["TMPDIR": work + "/missing"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("chronicle: error: cannot create a temporary file in \(work)/missing"))
        #expect(!FileManager.default.fileExists(atPath: work + "/out/chronology.csv"))
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

    @Test func aFullDiskLeavesThePreviousOutputsWhole() throws {
        let work = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let article = work + "/article.txt"
        try "Title: Talks\nDate: 2021-03-04\n\nThe envoy met the minister in Rabat on 2 March 2021.\n".write(
            toFile: article, atomically: true, encoding: .utf8)
        let first = try Self.run(["build", article, "--out", work + "/out", "--title", "First"])
        try #require(first.status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: work + "/out").sorted().map {
            try String(contentsOfFile: work + "/out/" + $0, encoding: .utf8)
        }
        // A file size limit of 1 KB makes the second run's writes fail part-way, as a full disk would.
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = [
            "-c", "ulimit -f 2; exec \"$0\" build \"$1\" --out \"$2\" --title Second", Self.binary, article,
            work + "/out",
        ]
        let errors = Pipe()
        shell.standardError = errors
        try shell.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationReason == .exit && shell.terminationStatus == 1)
        #expect(message.contains("cannot write") && message.contains("File too large"), "\(message)")
        let names = try FileManager.default.contentsOfDirectory(atPath: work + "/out").sorted()
        #expect(names == ["briefing.txt", "chronology.csv", "chronology.graphml"], "no temporary file is left")
        let after = try names.map { try String(contentsOfFile: work + "/out/" + $0, encoding: .utf8) }
        #expect(after == before, "all three outputs are still the first run's")
    }

    @Test func aFullStandardOutputIsAnError() throws {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = [
            "-c", "echo 'The minister resigned in Rabat in 2020.' | \"$0\" export csv - > /dev/full", Self.binary,
        ]
        let errors = Pipe()
        shell.standardError = errors
        try shell.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 1)
        #expect(message.contains("cannot write to standard output: No space left on device"))
    }

    @Test func anOutputFolderThatCannotBeMadeIsReportedBeforeReading() throws {
        let work = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let article = work + "/article.txt"
        try "The minister resigned in Rabat in 2020.".write(toFile: article, atomically: true, encoding: .utf8)
        let run = try Self.run(["build", article, "--out", article + "/out"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot create output folder \(article)/out: Not a directory"))
        let export = try Self.run(["export", "csv", article, "-o", work + "/missing/out.csv"])
        #expect(export.status == 1)
        #expect(export.stderr.contains("output folder \(work)/missing: No such file or directory"))
    }

    @Test func aBinaryCopiedWithoutItsModelSaysWhereItLookedAndWritesNothing() throws {
        let work = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let article = work + "/article.txt"
        try "The minister resigned in Rabat in 2020.".write(toFile: article, atomically: true, encoding: .utf8)
        let lone = work + "/bin/chronicle"
        try FileManager.default.createDirectory(atPath: work + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.binary, toPath: lone)
        let missing = try Self.run(["build", article, "--out", work + "/out"], binary: lone)
        #expect(missing.status == 1)
        #expect(
            missing.stderr.contains(
                "ner-conll2003.model was not found; looked in: \(work)/bin/Chronicle_ChronicleKit.resources"))
        #expect(missing.stderr.contains("CHRONICLE_RESOURCES"))
        #expect(!FileManager.default.fileExists(atPath: work + "/out"))
        // Told where the folder is, it works as the binary beside it does.
        let shipped = URL(fileURLWithPath: Self.binary).deletingLastPathComponent()
            .appendingPathComponent("Chronicle_ChronicleKit.resources").path
        let told = try Self.run(
            ["build", article, "--out", work + "/out", "--quiet"], environment: ["CHRONICLE_RESOURCES": shipped],
            binary: lone)
        #expect(told.status == 0)
        let beside = try Self.run(["build", article, "--out", work + "/beside", "--quiet"])
        #expect(beside.status == 0)
        #expect(
            try String(contentsOfFile: work + "/out/chronology.csv", encoding: .utf8)
                == String(contentsOfFile: work + "/beside/chronology.csv", encoding: .utf8))
        // A damaged model is named with what is wrong with it.
        try FileManager.default.createDirectory(atPath: work + "/damaged", withIntermediateDirectories: true)
        try Data("CHNER1".utf8).write(to: URL(fileURLWithPath: work + "/damaged/ner-conll2003.model"))
        let damaged = try Self.run(
            ["build", article, "--out", work + "/out2"], environment: ["CHRONICLE_RESOURCES": work + "/damaged"],
            binary: lone)
        #expect(damaged.status == 1)
        #expect(damaged.stderr.contains("\(work)/damaged/ner-conll2003.model: not a Chronicle NER model"))
    }

    @Test func progressShowsOnATerminalOnly() throws {
        let work = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        for index in 1...3 {
            try "The council met in Rabat on \(index) March 2021.".write(
                toFile: work + "/a\(index).txt", atomically: true, encoding: .utf8)
        }
        func onTerminal(_ extra: String) throws -> String {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            shell.arguments = [
                "-qec", "\"\(Self.binary)\" build \"\(work)\" --out \"\(work)/out\" \(extra)", "/dev/null",
            ]
            let output = Pipe()
            shell.standardOutput = output
            try shell.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            shell.waitUntilExit()
            return text
        }
        let shown = try onTerminal("")
        #expect(
            shown.contains("3 documents (3/3 files)") && shown.contains("MB/s") && shown.contains("ETA"), "\(shown)")
        #expect(!(try onTerminal("--quiet")).contains("ETA"))
        let piped = try Self.run(["build", work, "--out", work + "/out"])
        #expect(!piped.stderr.contains("ETA") && !piped.stderr.contains("\r"))
    }
}
