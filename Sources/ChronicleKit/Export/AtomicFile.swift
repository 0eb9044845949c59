import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes files so that readers see either the old content or the whole new one, never a part.
///
/// Each file goes to a temporary file in its destination folder, is flushed to disk, then renamed over
/// the destination. When several files are written together, all of them are written first and renamed
/// only when every one succeeded, so a full disk leaves the previous outputs as they were.
public enum AtomicFile {
    /// Writes `text` to `path` through a temporary file in the same folder and a rename.
    /// - Parameters:
    ///   - text: the content (UTF-8).
    ///   - path: the destination.
    ///   - protectedPaths: absolute paths that must never be overwritten (the inputs).
    /// - Throws: ``ExportError/output(path:reason:)``.
    public static func write(_ text: String, to path: String, protecting protectedPaths: Set<String> = []) throws {
        try write([(path, { @Sendable (output: inout FileOutput) in output.write(text) })], protecting: protectedPaths)
    }

    /// Writes several files, each produced straight into its temporary file by `content` (on its own
    /// core), all or none: nothing is renamed into place until every file is written.
    /// - Parameters:
    ///   - files: destinations and what writes each.
    ///   - protectedPaths: absolute paths that must never be overwritten (the inputs).
    /// - Throws: ``ExportError/output(path:reason:)`` for the first file that failed, or the error its
    ///   `content` threw.
    public static func write(
        _ files: [(path: String, content: @Sendable (inout FileOutput) throws -> Void)],
        protecting protectedPaths: Set<String> = []
    ) throws {
        var staged: [(temporary: String, destination: String, path: String)] = []
        defer { for file in staged { unlink(file.temporary) } }
        for (path, _) in files {
            let destination = canonicalPath(path)
            if protectedPaths.contains(destination) {
                throw ExportError.output(path: path, reason: "it is one of the inputs; refusing to overwrite it")
            }
            let folder = (destination as NSString).deletingLastPathComponent
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw ExportError.output(path: path, reason: "folder \(folder) does not exist")
            }
            let name = (destination as NSString).lastPathComponent
            staged.append(
                ("\(folder)/.\(name).\(UInt32.random(in: 0...UInt32.max))\(temporarySuffix)", destination, path))
        }
        var failures = [(any Error)?](repeating: nil, count: files.count)
        let targets = staged
        failures.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes its own slot only.
            nonisolated(unsafe) let slots = buffer
            // A thread of its own per file, outside the shared pool, so that an exporter that spreads its
            // own work over the pool (GraphML) still finds it free.
            let done = DispatchSemaphore(value: 0)
            for index in files.indices.dropFirst() {
                Thread {
                    slots[index] = writeWhole(
                        files[index].content, to: targets[index].temporary, path: files[index].path)
                    done.signal()
                }.start()
            }
            if let first = files.indices.first {
                slots[first] = writeWhole(files[first].content, to: targets[first].temporary, path: files[first].path)
            }
            for _ in files.indices.dropFirst() { done.wait() }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        while let file = staged.first {
            guard rename(file.temporary, file.destination) == 0 else {
                throw ExportError.output(path: file.path, reason: String(cString: strerror(errno)))
            }
            staged.removeFirst()
        }
    }

    /// Creates `temporary` (which must not exist), lets `content` write it, and flushes it to disk.
    private static func writeWhole(
        _ content: (inout FileOutput) throws -> Void, to temporary: String, path: String
    ) -> (any Error)? {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
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
        if failure == nil && fsync(descriptor) != 0 && errno != EINVAL {
            failure = ExportError.output(path: path, reason: reason(errno))
        }
        if close(descriptor) != 0 && failure == nil { failure = ExportError.output(path: path, reason: reason(errno)) }
        return failure
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

    /// The end of the names of this process's temporary files (`.chronology.csv.123.chronicle-1234.tmp`),
    /// so that an interrupted run can remove them.
    public static var temporarySuffix: String { ".chronicle-\(getpid()).tmp" }

    /// Removes this process's temporary files from a folder (after an interruption).
    public static func removeTemporaryFiles(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(temporarySuffix) {
            unlink(folder + "/" + name)
        }
    }

    /// The absolute, symlink-resolved form of a path, as `write` compares it.
    public static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
