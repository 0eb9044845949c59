import Foundation

/// A new file without a name: made in a folder by `mkstemp`, then unlinked at once, so its space goes
/// back to the system when its descriptor is closed, however the process ends.
public enum UnlinkedFile {
    /// Opens a new, nameless file in `folder`, not inherited by programs the process starts.
    /// - Parameters:
    ///   - folder: where the file's space is taken.
    ///   - prefix: the start of the name it has for a moment.
    /// - Returns: its descriptor, or `nil` when it cannot be made (`errno` says why).
    public static func create(in folder: String, prefix: String) -> Int32? {
        var template = Array((folder.hasSuffix("/") ? folder : folder + "/").utf8CString.dropLast())
        template.append(contentsOf: Array((prefix + "XXXXXX").utf8CString))
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        return descriptor
    }
}
