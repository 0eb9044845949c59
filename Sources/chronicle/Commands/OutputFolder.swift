import ChronicleKit
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The folder outputs go to, checked and locked before any document is read, so that a long run does
/// not end in an error it could have given at once.
enum OutputFolder {
    /// An output problem, printed as one line and exit status 1.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Creates the folder and its parents if missing, locks it, and checks that `names` can be written
    /// there.
    /// - Returns: the folder's lock, to hold until the outputs are written.
    /// - Throws: ``Failure`` naming the folder and the system's reason.
    static func prepare(_ path: String, for names: [String], quiet: Bool) throws -> OutputFolderLock {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o755) != 0 && errno != EEXIST {
                throw Failure(
                    description: "cannot create output folder \(path): \(String(cString: strerror(errno)))")
            }
        }
        return try check(path, for: names, quiet: quiet)
    }

    /// Checks the folder of an output file (which must exist) as ``prepare(_:for:quiet:)`` does.
    static func prepare(file: String, quiet: Bool) throws -> OutputFolderLock {
        let parent = (file as NSString).deletingLastPathComponent
        return try check(parent.isEmpty ? "." : parent, for: [(file as NSString).lastPathComponent], quiet: quiet)
    }

    private static func check(_ path: String, for names: [String], quiet: Bool) throws -> OutputFolderLock {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw Failure(description: "output folder \(path): \(String(cString: strerror(errno)))")
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw Failure(description: "output folder \(path) is a file, not a folder")
        }
        let lock: OutputFolderLock
        do {
            lock = try OutputFolderLock.acquire(path)
        } catch ExportError.output(let folder, let reason) {
            throw Failure(description: "output folder \(folder): \(reason)")
        }
        if !quiet { for repair in lock.repairs { Diagnostics.note(repair) } }
        for name in names {
            if let problem = AtomicFile.destinationProblem(path + "/" + name) {
                throw Failure(description: "\(path)/\(name): \(problem)")
            }
        }
        try probe(path)
        return lock
    }

    /// Creates and removes a file, so that a folder that cannot take the outputs is found now.
    private static func probe(_ path: String) throws {
        let probe = "\(path)/.probe.chronicle-\(getpid()).tmp"
        let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw Failure(description: "output folder \(path) is not writable: \(reason)")
        }
        close(descriptor)
        unlink(probe)
    }
}
