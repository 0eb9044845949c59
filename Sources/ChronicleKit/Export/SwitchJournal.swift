import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The record that makes replacing a set of outputs one transaction: before the first rename it lists
/// each output and the backup (a hard link) of the file it replaces, and it is removed once every rename
/// is done. A journal found in a folder is the mark of a switch that was cut short; rolling it back puts
/// every output back as it was.
///
/// The file is `.chronicle-journal`: a first line `chronicle-journal 1`, then one line per output,
/// `NAME<TAB>BACKUP`, with `BACKUP` empty when there was no file to replace.
struct SwitchJournal {
    /// One output of the switch.
    struct Entry: Equatable {
        /// The output's file name in the folder.
        var name: String
        /// The backup's file name, or `nil` when the output did not exist before.
        var backup: String?
    }

    static let fileName = ".chronicle-journal"
    static let header = "chronicle-journal 1"

    /// The outputs, in the order they are switched.
    var entries: [Entry]

    /// The journal's text.
    var text: String {
        ([Self.header] + entries.map { "\($0.name)\t\($0.backup ?? "")" }).joined(separator: "\n") + "\n"
    }

    /// Reads a journal's text; `nil` when it is not one (the entries must be plain names in the folder).
    init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard lines.first == Self.header else { return nil }
        lines.removeFirst()
        var entries: [Entry] = []
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 2, Self.isPlainName(fields[0]), fields[1].isEmpty || Self.isPlainName(fields[1])
            else { return nil }
            entries.append(Entry(name: fields[0], backup: fields[1].isEmpty ? nil : fields[1]))
        }
        self.entries = entries
    }

    init(entries: [Entry]) {
        self.entries = entries
    }

    /// Writes the journal into `folder` whole (a temporary file, flushed, then renamed).
    /// - Returns: the system's error number, or `nil` on success.
    func write(in folder: String) -> Int32? {
        let temporary = folder + "/" + LeftoverName.temporary(for: Self.fileName.dropFirst().description)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return errno }
        var output = FileOutput(descriptor: descriptor)
        output.write(text)
        var failure = output.finish()
        if failure == nil, fsync(descriptor) != 0, errno != EINVAL { failure = errno }
        close(descriptor)
        if failure == nil, rename(temporary, folder + "/" + Self.fileName) != 0 { failure = errno }
        if failure != nil { unlink(temporary) }
        return failure
    }

    /// Puts every output back as the journal says it was: a backup is renamed over its output (which
    /// does nothing when the output was never replaced, both names being links to one file), and an
    /// output that had none is removed. The journal goes last.
    func rollBack(in folder: String) {
        for entry in entries {
            let output = folder + "/" + entry.name
            if let backup = entry.backup {
                rename(folder + "/" + backup, output)
                unlink(folder + "/" + backup)
            } else {
                unlink(output)
            }
        }
        unlink(folder + "/" + Self.fileName)
    }

    /// Rolls back the switch a killed run left in `folder`, if there is one.
    /// - Returns: the names of the outputs put back, or `nil` when there was no journal.
    static func rollBack(in folder: String) -> String? {
        let path = folder + "/" + fileName
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        guard status.st_mode & S_IFMT == S_IFREG, status.st_size < 1 << 20,
            let data = FileManager.default.contents(atPath: path),
            let journal = SwitchJournal(text: String(decoding: data, as: UTF8.self))
        else {
            // Not a journal this program wrote: leave it for the user, and say so.
            return "nothing (\(fileName) is not a journal Chronicle can read; left in place)"
        }
        journal.rollBack(in: folder)
        return journal.entries.map(\.name).joined(separator: ", ")
    }

    private static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }
}
