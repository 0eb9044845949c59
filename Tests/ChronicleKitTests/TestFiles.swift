import Foundation

/// A temporary folder for a test, removed when the test's closure ends.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "chronicle-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes a file and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Paths to the shared folder beside the checkout, which CI has and the product never needs.
enum SharedFolder {
    static var root: String {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared").path
    }

    /// Whether a test that needs `relative` should run: when it is there, and always in CI (`CI` set), so
    /// that CI fails instead of skipping when the shared folder is missing. Elsewhere (a user's clone has
    /// no shared folder) such tests say they are skipped and why.
    static func runs(_ relative: String) -> Bool {
        path(relative) != nil || ProcessInfo.processInfo.environment["CI"] != nil
    }

    static func path(_ relative: String) -> String? {
        let full = root + "/" + relative
        return FileManager.default.fileExists(atPath: full) ? full : nil
    }
}
