import Foundation

/// The few file-system calls the CLI makes itself.
enum FileManagerAccess {
    static func createFolder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
}
