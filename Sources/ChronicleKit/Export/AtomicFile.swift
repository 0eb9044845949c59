import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes outputs so that readers see either the old set or the whole new one, never a part.
///
/// Every file is first written to a temporary file in its destination folder and flushed to disk. Only
/// when all of them are written does the switch begin: the files they replace are kept as backups (hard
/// links), a ``SwitchJournal`` naming them is flushed, the new files are renamed into place, and the
/// journal is removed. If any step fails, or `checkpoint` throws (an interruption), every output is put
/// back; if the process is killed, the next run that locks the folder puts them back
/// (``OutputFolderLock``).
///
/// A destination that is a symbolic link is replaced by the new file; the file the link points to is
/// never written. A destination that exists keeps its permissions.
public enum AtomicFile {
    /// What writes one file.
    public typealias Content = @Sendable (inout FileOutput) throws -> Void

    /// Writes `text` to `path`.
    /// - Parameters:
    ///   - text: the content (UTF-8).
    ///   - path: the destination.
    ///   - protectedPaths: absolute paths that must never be overwritten (the inputs).
    ///   - lock: the destination folder's lock, when the caller holds it already.
    /// - Throws: ``ExportError/output(path:reason:)``.
    public static func write(
        _ text: String, to path: String, protecting protectedPaths: Set<String> = [], lock: OutputFolderLock? = nil
    ) throws {
        try write(
            [(path, { @Sendable (output: inout FileOutput) in output.write(text) })], protecting: protectedPaths,
            lock: lock)
    }

    /// Writes several files of one folder, each produced straight into its temporary file by `content`
    /// (on its own core), all or none.
    /// - Parameters:
    ///   - files: destinations (all in one folder) and what writes each.
    ///   - protectedPaths: absolute paths that must never be overwritten (the inputs).
    ///   - lock: the folder's lock, when the caller holds it already; otherwise it is taken for the write.
    ///   - checkpoint: called before each rename with its index, and once more (with `files.count`) before
    ///     the switch is final; whatever it throws rolls the switch back and is rethrown.
    /// - Throws: ``ExportError/output(path:reason:)`` for the first file that failed, the error its
    ///   `content` threw, or the error `checkpoint` threw. The folder then holds what it held before.
    public static func write(
        _ files: [(path: String, content: Content)],
        protecting protectedPaths: Set<String> = [],
        lock: OutputFolderLock? = nil,
        checkpoint: (Int) throws -> Void = { _ in }
    ) throws {
        guard let first = files.first else { return }
        let folder = canonicalPath(parent(of: first.path))
        var names: [String] = []
        for (path, _) in files {
            let name = (path as NSString).lastPathComponent
            guard canonicalPath(parent(of: path)) == folder, !name.isEmpty, name != ".", name != ".." else {
                throw ExportError.output(path: path, reason: "outputs written together must be files of one folder")
            }
            if protectedPaths.contains(folder + "/" + name) {
                throw ExportError.output(path: path, reason: "it is one of the inputs; refusing to overwrite it")
            }
            names.append(name)
        }
        let held = try lock ?? OutputFolderLock.acquire(folder)
        for (index, name) in names.enumerated() {
            if let problem = destinationProblem(folder + "/" + name) {
                throw ExportError.output(path: files[index].path, reason: problem)
            }
        }
        let temporaries = names.map { folder + "/" + LeftoverName.temporary(for: $0) }
        defer { for temporary in temporaries { unlink(temporary) } }
        let failures = writeAll(files, to: temporaries, modes: names.map { existingMode(folder + "/" + $0) })
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        try OutputSwitch(folder: folder, names: names, paths: files.map(\.path), lock: held)
            .run(from: temporaries, checkpoint: checkpoint)
    }

    /// Why a destination cannot be replaced by a file (a folder, a device, a pipe), or `nil` when it can.
    public static func destinationProblem(_ path: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG, S_IFLNK: return nil
        case S_IFDIR: return "a folder is in the way; move it or choose another output folder"
        default: return "it is not a regular file (a pipe, socket or device); refusing to replace it"
        }
    }

    /// Writes each file to its temporary on a thread of its own; the error of each, if any.
    private static func writeAll(
        _ files: [(path: String, content: Content)], to temporaries: [String], modes: [mode_t?]
    ) -> [(any Error)?] {
        var failures = [(any Error)?](repeating: nil, count: files.count)
        failures.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes its own slot only.
            nonisolated(unsafe) let slots = buffer
            // A thread of its own per file, outside the shared pool, so that an exporter that spreads its
            // own work over the pool (GraphML) still finds it free.
            let done = DispatchSemaphore(value: 0)
            for index in files.indices.dropFirst() {
                Thread {
                    slots[index] = writeWhole(
                        files[index].content, to: temporaries[index], mode: modes[index], path: files[index].path)
                    done.signal()
                }.start()
            }
            if let first = files.indices.first {
                slots[first] = writeWhole(
                    files[first].content, to: temporaries[first], mode: modes[first], path: files[first].path)
            }
            for _ in files.indices.dropFirst() { done.wait() }
        }
        return failures
    }

    /// Creates `temporary` (which must not exist), lets `content` write it, gives it `mode`, and flushes
    /// it to disk.
    private static func writeWhole(
        _ content: Content, to temporary: String, mode: mode_t?, path: String
    ) -> (any Error)? {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return ExportError.output(path: path, reason: reason(errno)) }
        var output = FileOutput(descriptor: descriptor)
        var failure: (any Error)?
        do {
            try content(&output)
        } catch {
            failure = error
        }
        if failure == nil, let number = output.finish() {
            failure = ExportError.output(path: path, reason: reason(number))
        }
        if failure == nil, let mode, fchmod(descriptor, mode) != 0 {
            failure = ExportError.output(path: path, reason: reason(errno))
        }
        if failure == nil && fsync(descriptor) != 0 && errno != EINVAL {
            failure = ExportError.output(path: path, reason: reason(errno))
        }
        if close(descriptor) != 0 && failure == nil { failure = ExportError.output(path: path, reason: reason(errno)) }
        return failure
    }

    /// The permission bits of an existing regular file (not of a link's target), which its replacement keeps.
    private static func existingMode(_ path: String) -> mode_t? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return status.st_mode & 0o7777
    }

    /// The system's message for an error number, with a hint for the common ones.
    static func reason(_ number: Int32) -> String {
        let message = String(cString: strerror(number))
        switch number {
        case ENOSPC, EDQUOT: return "\(message) (the disk is full; free some space and run again)"
        case EACCES, EPERM, EROFS: return "\(message) (the output folder is not writable)"
        case EFBIG: return "\(message) (over the file size limit)"
        default: return message
        }
    }

    /// Removes this process's temporary files from a folder (after an interruption).
    public static func removeTemporaryFiles(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasSuffix(".tmp") && LeftoverName.owner(of: name) == getpid() {
            unlink(folder + "/" + name)
        }
    }

    /// The absolute, symlink-resolved form of a path, as `write` compares it with the inputs.
    public static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The folder part of a path (`.` for a bare name).
    static func parent(of path: String) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }
}
