import Foundation
import Testing

@testable import ChronicleKit

#if canImport(Glibc)
    import Glibc
#endif

/// The export set is one transaction: all new files or all old ones, whatever fails or kills the run.
@Suite struct OutputTransactionTests {
    static let names = ["chronology.csv", "chronology.graphml", "briefing.txt"]

    static func files(_ folder: String, _ content: String) -> [(path: String, content: AtomicFile.Content)] {
        names.map { name in
            (folder + "/" + name, { @Sendable (output: inout FileOutput) in output.write("\(content) \(name)") })
        }
    }

    static func contents(_ folder: String) -> [String] {
        names.map { (try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) ?? "(missing)" }
    }

    static func listing(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    struct Injected: Error {}

    @Test func aFailureDuringTheSwitchPutsEveryFileBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try AtomicFile.write(Self.files(folder.path, "old"))
        for failing in 0...Self.names.count {
            #expect(throws: Injected.self) {
                try AtomicFile.write(Self.files(folder.path, "new")) { index in
                    if index == failing { throw Injected() }
                }
            }
            #expect(Self.contents(folder.path) == Self.names.map { "old \($0)" }, "failing at \(failing)")
            #expect(try Self.listing(folder.path) == Self.names.sorted(), "leftovers after failing at \(failing)")
        }
        try AtomicFile.write(Self.files(folder.path, "new"))
        #expect(Self.contents(folder.path) == Self.names.map { "new \($0)" })
        #expect(try Self.listing(folder.path) == Self.names.sorted())
    }

    @Test func aFailureBeforeAnyFileExistedLeavesNone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: Injected.self) {
            try AtomicFile.write(Self.files(folder.path, "new")) { index in if index == 2 { throw Injected() } }
        }
        #expect(try Self.listing(folder.path) == [])
    }

    @Test func aFolderInPlaceOfAnOutputChangesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try AtomicFile.write(Self.files(folder.path, "old"))
        unlink(folder.path + "/briefing.txt")
        try FileManager.default.createDirectory(
            atPath: folder.path + "/briefing.txt/inside", withIntermediateDirectories: true)
        #expect(throws: ExportError.self) { try AtomicFile.write(Self.files(folder.path, "new")) }
        #expect(Self.contents(folder.path).prefix(2) == ["old chronology.csv", "old chronology.graphml"])
        #expect(try Self.listing(folder.path) == Self.names.sorted())
    }

    @Test func aLinkAtTheDestinationIsReplacedAndItsTargetLeftAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = try folder.write("elsewhere/precious.txt", "precious")
        try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: true)
        #expect(symlink(target, folder.path + "/out/briefing.txt") == 0)
        try AtomicFile.write(Self.files(folder.path + "/out", "new"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious")
        var status = stat()
        #expect(lstat(folder.path + "/out/briefing.txt", &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFREG)
        #expect(Self.contents(folder.path + "/out") == Self.names.map { "new \($0)" })
    }

    @Test func aReplacedFileKeepsItsPermissions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try AtomicFile.write(Self.files(folder.path, "old"))
        #expect(chmod(folder.path + "/chronology.csv", 0o600) == 0)
        try AtomicFile.write(Self.files(folder.path, "new"))
        var status = stat()
        #expect(stat(folder.path + "/chronology.csv", &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(stat(folder.path + "/briefing.txt", &status) == 0)
        #expect(status.st_mode & 0o777 != 0o600)
    }

    /// A run killed halfway through its switch leaves a journal, backups and temporary files; the next
    /// lock puts the previous set back and removes the rest.
    @Test func theNextRunRollsBackASwitchAKilledRunLeftHalfDone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("chronology.csv", "old csv")
        try folder.write("chronology.graphml", "old graphml")
        let dead: Int32 = 4_000_000  // above Linux's default pid_max: no such process
        for name in ["chronology.csv", "chronology.graphml"] {
            #expect(link(folder.path + "/" + name, folder.path + "/.\(name).chronicle-\(dead).bak") == 0)
        }
        // The killed run had renamed two of its three files (a rename makes a new file), and written the third.
        unlink(folder.path + "/chronology.csv")
        try folder.write("chronology.csv", "new csv")
        try folder.write("briefing.txt", "new briefing")
        try folder.write(".chronology.graphml.77.chronicle-\(dead).tmp", "new graphml")
        try folder.write(
            ".chronicle-journal",
            """
            chronicle-journal 1
            chronology.csv\t.chronology.csv.chronicle-\(dead).bak
            chronology.graphml\t.chronology.graphml.chronicle-\(dead).bak
            briefing.txt\t

            """)
        let lock = try OutputFolderLock.acquire(folder.path)
        #expect(lock.repairs.count == 2)
        #expect(try Self.listing(folder.path) == ["chronology.csv", "chronology.graphml"])
        #expect(try String(contentsOfFile: folder.path + "/chronology.csv", encoding: .utf8) == "old csv")
        #expect(try String(contentsOfFile: folder.path + "/chronology.graphml", encoding: .utf8) == "old graphml")
    }

    @Test func leftoversOfLiveProcessesAreKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let parent = getppid()
        try folder.write(".chronology.csv.1.chronicle-\(parent).tmp", "being written")
        try folder.write(".chronology.csv.2.chronicle-4000000.tmp", "abandoned")
        try folder.write(".notes.chronicle-4000000.txt", "not ours")
        _ = try OutputFolderLock.acquire(folder.path)
        #expect(
            try Self.listing(folder.path) == [
                ".chronology.csv.1.chronicle-\(parent).tmp", ".notes.chronicle-4000000.txt",
            ])
    }

    @Test func aSecondWriterOfTheSameFolderIsTurnedAway() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let held = try OutputFolderLock.acquire(folder.path)
        #expect {
            try OutputFolderLock.acquire(folder.path)
        } throws: { error in
            "\(error)".contains("another chronicle run is writing to this folder")
        }
        try AtomicFile.write(Self.files(folder.path, "new"), lock: held)
        #expect(Self.contents(folder.path) == Self.names.map { "new \($0)" })
    }

    @Test func journalsRoundTripAndForeignTextIsNoJournal() {
        let journal = SwitchJournal(entries: [
            .init(name: "a.csv", backup: ".a.csv.chronicle-1.bak"), .init(name: "b", backup: nil),
        ])
        #expect(SwitchJournal(text: journal.text)?.entries == journal.entries)
        #expect(SwitchJournal(text: "chronicle-journal 1\n../escape\t\n") == nil)
        #expect(SwitchJournal(text: "something else\n") == nil)
    }
}
