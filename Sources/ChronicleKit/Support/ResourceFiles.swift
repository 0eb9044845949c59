import Foundation

/// Finds the data files the library ships (the name model and the common-word list).
///
/// SwiftPM puts them in a `Chronicle_ChronicleKit.resources` folder beside the built binary. Its own
/// accessor stops the process when that folder is missing, as it is when the binary alone is copied
/// elsewhere; this one looks in a few places and answers `nil`, so the caller can say what is missing.
public enum ResourceFiles {
    /// The folder SwiftPM makes for the library's resources.
    public static let folderName = "Chronicle_ChronicleKit.resources"
    /// The environment variable naming a folder that holds the files, searched first.
    public static let environmentVariable = "CHRONICLE_RESOURCES"

    /// The folders searched, in order: ``environmentVariable``'s, then the resources folder beside the
    /// running binary, as called and with its links resolved. (Not the source checkout: a binary must not
    /// pick up a model retrained after it was built.)
    public static var searchedFolders: [String] {
        var folders: [String] = []
        if let named = ProcessInfo.processInfo.environment[environmentVariable], !named.isEmpty {
            folders.append(named)
        }
        if let called = CommandLine.arguments.first, called.contains("/") {
            folders.append(
                URL(fileURLWithPath: called).deletingLastPathComponent().appendingPathComponent(folderName).path)
        }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            folders.append(executable.deletingLastPathComponent().appendingPathComponent(folderName).path)
        }
        return unique(folders)
    }

    /// The path of the shipped file `name` in the first searched folder that has it, or `nil`.
    public static func path(of name: String) -> String? {
        searchedFolders.lazy.map { $0 + "/" + name }.first { FileManager.default.isReadableFile(atPath: $0) }
    }

    /// What to tell a user when the shipped file `name` is missing: the folders searched and the remedy.
    public static func missingMessage(_ name: String) -> String {
        """
        the library's data file \(name) was not found; looked in: \(searchedFolders.joined(separator: ", ")). \
        Keep the \(folderName) folder beside the chronicle binary, or set \(environmentVariable) to a folder \
        holding \(name)
        """
    }
}
