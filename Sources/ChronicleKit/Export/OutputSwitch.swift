import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The last step of ``AtomicFile``: written files renamed over their destinations as one transaction,
/// through a ``SwitchJournal``.
struct OutputSwitch {
    /// The destinations' folder (canonical).
    var folder: String
    /// The destinations' file names, in order.
    var names: [String]
    /// The destinations as the caller wrote them, for errors.
    var paths: [String]
    /// The folder's lock, held by this process.
    var lock: OutputFolderLock

    /// Renames each of `temporaries` over its destination, all or none.
    /// - Throws: ``ExportError/output(path:reason:)`` or what `checkpoint` threw, after putting every
    ///   destination back.
    func run(from temporaries: [String], checkpoint: (Int) throws -> Void) throws {
        var entries: [SwitchJournal.Entry] = []
        defer { for case let backup? in entries.map(\.backup) { unlink(folder + "/" + backup) } }
        for (index, name) in names.enumerated() {
            let destination = folder + "/" + name
            var status = stat()
            guard lstat(destination, &status) == 0 else {
                entries.append(.init(name: name, backup: nil))
                continue
            }
            let backup = LeftoverName.backup(for: name)
            unlink(folder + "/" + backup)
            // A hard link to the destination itself (a link's target is not followed).
            guard linkat(AT_FDCWD, destination, AT_FDCWD, folder + "/" + backup, 0) == 0 else {
                throw ExportError.output(
                    path: paths[index],
                    reason: "cannot keep the previous file while replacing it: \(AtomicFile.reason(errno))")
            }
            entries.append(.init(name: name, backup: backup))
        }
        let journal = SwitchJournal(entries: entries)
        if let number = journal.write(in: folder) {
            throw ExportError.output(
                path: folder, reason: "cannot write the switch journal: \(AtomicFile.reason(number))")
        }
        lock.syncFolder()
        do {
            for (index, temporary) in temporaries.enumerated() {
                try checkpoint(index)
                guard rename(temporary, folder + "/" + names[index]) == 0 else {
                    throw ExportError.output(path: paths[index], reason: AtomicFile.reason(errno))
                }
            }
            try checkpoint(temporaries.count)
        } catch {
            journal.rollBack(in: folder)
            lock.syncFolder()
            throw error
        }
        lock.syncFolder()
        // The commit: from here on the new set stands.
        unlink(folder + "/" + SwitchJournal.fileName)
        lock.syncFolder()
    }
}
