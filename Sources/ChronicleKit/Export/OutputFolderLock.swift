import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The right to write outputs into one folder: an advisory lock (`flock`) on the folder itself, held
/// until the value is released, so that two runs never switch outputs in the same folder at once.
///
/// Taking the lock also tidies what killed runs left there, as SQLite does with a hot journal: a switch
/// cut short (its journal still in the folder) is rolled back, so the folder holds the complete set it
/// held before, and the temporary and backup files of processes that are gone are removed.
public final class OutputFolderLock: Sendable {
    /// The folder, as given.
    public let folder: String
    /// What the lock found and put right, one line each, for the user to read.
    public let repairs: [String]
    /// The open folder, locked; also used to flush the folder's entries to disk.
    let descriptor: Int32

    private init(folder: String, descriptor: Int32, repairs: [String]) {
        self.folder = folder
        self.descriptor = descriptor
        self.repairs = repairs
    }

    deinit {
        close(descriptor)
    }

    /// Locks `folder` for this process, then rolls back a switch a killed run left half done and removes
    /// the leftovers of runs whose process is gone.
    /// - Throws: ``ExportError/output(path:reason:)`` when the folder cannot be opened, or when another
    ///   run holds the lock.
    public static func acquire(_ folder: String) throws -> OutputFolderLock {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ExportError.output(path: folder, reason: AtomicFile.reason(errno)) }
        var result: Int32
        repeat { result = flock(descriptor, LOCK_EX | LOCK_NB) } while result != 0 && errno == EINTR
        if result != 0 {
            let number = errno
            close(descriptor)
            let reason =
                number == EWOULDBLOCK
                ? "another chronicle run is writing to this folder; wait for it to finish or choose another folder"
                : AtomicFile.reason(number)
            throw ExportError.output(path: folder, reason: reason)
        }
        var repairs: [String] = []
        if let rolledBack = SwitchJournal.rollBack(in: folder) {
            repairs.append(
                "\(folder): a run was killed while replacing its outputs; \(rolledBack) restored as they were before it"
            )
        }
        let removed = removeLeftovers(in: folder)
        if !removed.isEmpty {
            repairs.append("\(folder): removed \(removed.count) temporary file(s) left by killed runs")
        }
        if !repairs.isEmpty { fsync(descriptor) }
        return OutputFolderLock(folder: folder, descriptor: descriptor, repairs: repairs)
    }

    /// Flushes the folder's entries (the renames) to disk.
    func syncFolder() {
        fsync(descriptor)
    }

    /// Removes the temporary and backup files (`.NAME….chronicle-PID.tmp`, `….bak`) of processes that no
    /// longer run; returns their names.
    static func removeLeftovers(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names.sorted() {
            guard let owner = LeftoverName.owner(of: name), owner == getpid() || !processIsAlive(owner) else {
                continue
            }
            if unlink(folder + "/" + name) == 0 { removed.append(name) }
        }
        return removed
    }

    /// Whether a process with this id exists (one of another user's counts as alive).
    static func processIsAlive(_ id: Int32) -> Bool {
        kill(id, 0) == 0 || errno == EPERM
    }
}

/// The names of the files a run keeps beside its outputs for a moment, and the process they belong to.
enum LeftoverName {
    /// The mark between an output's name and its owner's process id.
    static let mark = ".chronicle-"

    /// `.NAME.RANDOM.chronicle-PID.tmp`: an output being written.
    static func temporary(for name: String) -> String {
        ".\(name).\(UInt32.random(in: 0...UInt32.max))\(mark)\(getpid()).tmp"
    }

    /// `.NAME.chronicle-PID.bak`: the previous output, kept until the switch is over.
    static func backup(for name: String) -> String {
        ".\(name)\(mark)\(getpid()).bak"
    }

    /// The process id in a temporary or backup file's name, or `nil` for any other name.
    static func owner(of name: String) -> Int32? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") || name.hasSuffix(".bak"),
            let markRange = name.range(of: mark, options: .backwards)
        else { return nil }
        let digits = name[markRange.upperBound..<name.index(name.endIndex, offsetBy: -4)]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let id = Int32(digits), id > 0 else { return nil }
        return id
    }
}
