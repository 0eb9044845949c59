import Foundation

/// Writes files so that readers see either the old content or the whole new one, never a part.
public enum AtomicFile {
    /// Writes `text` to `path` through a temporary file in the same folder and a rename.
    /// - Parameters:
    ///   - text: the content (UTF-8).
    ///   - path: the destination.
    ///   - protectedPaths: absolute paths that must never be overwritten (the inputs).
    /// - Throws: ``ExportError/output(path:reason:)``.
    public static func write(_ text: String, to path: String, protecting protectedPaths: Set<String> = []) throws {
        let destination = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        if protectedPaths.contains(destination) {
            throw ExportError.output(path: path, reason: "it is one of the inputs; refusing to overwrite it")
        }
        let folder = (destination as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ExportError.output(path: path, reason: "folder \(folder) does not exist")
        }
        let temporary =
            "\(folder)/.\((destination as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let data = Data(text.utf8)
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw ExportError.output(
                path: path,
                reason: FileManager.default.isWritableFile(atPath: folder)
                    ? "write failed (disk full?)" : "folder is not writable")
        }
        guard rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw ExportError.output(path: path, reason: reason)
        }
    }

    /// The end of the names of this process's temporary files (`.chronology.csv.chronicle-1234.tmp`), so
    /// that an interrupted run can remove them.
    public static var temporarySuffix: String { ".chronicle-\(getpid()).tmp" }

    /// Removes this process's temporary files from a folder (after an interruption).
    public static func removeTemporaryFiles(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(temporarySuffix) {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    /// The absolute, symlink-resolved form of a path, as `write` compares it.
    public static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
