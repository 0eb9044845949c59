import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The folder outputs go to, checked before any document is read so that a long run does not end in
/// an error it could have given at once.
enum OutputFolder {
    /// An output problem, printed as one line and exit status 1.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Creates the folder and its parents if missing.
    /// - Throws: ``Failure`` naming the folder and the system's reason.
    static func create(_ path: String) throws {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o755) != 0 && errno != EEXIST {
                throw Failure(description: "cannot create output folder \(path): \(String(cString: strerror(errno)))")
            }
        }
        try requireFolder(path)
    }

    /// Checks that the folder of an output file exists and is a folder.
    static func requireParent(of file: String) throws {
        let parent = (file as NSString).deletingLastPathComponent
        try requireFolder(parent.isEmpty ? "." : parent)
    }

    private static func requireFolder(_ path: String) throws {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw Failure(description: "output folder \(path): \(String(cString: strerror(errno)))")
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw Failure(description: "output folder \(path) is a file, not a folder")
        }
    }
}
