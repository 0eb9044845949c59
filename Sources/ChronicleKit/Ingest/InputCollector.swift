import Foundation

/// Expands the paths a user gave (files, folders, `-`) into the inputs to read, in a stable order.
///
/// Folders are walked recursively in name order; hidden files, files of other types, symbolic links,
/// pipes and devices are skipped.
/// A path that does not exist, or a folder with nothing readable, becomes an error for that path only.
public struct InputCollector: Sendable {
    /// Creates a collector.
    public init() {}

    /// The files a folder walk passed over, and why, for `--verbose`.
    public func skipped(in paths: [String]) -> [(path: String, reason: String)] {
        var result: [(String, String)] = []
        for path in paths where path != "-" {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
                let enumerator = FileManager.default.enumerator(atPath: path)
            else { continue }
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                if name.hasPrefix(".") {
                    enumerator.skipDescendants()
                    result.append((full, "hidden"))
                } else {
                    switch Self.kind(of: full) {
                    case .link: result.append((full, "symbolic link (not followed inside folders)"))
                    case .special: result.append((full, "not a regular file (a pipe, socket or device)"))
                    case .file where InputFile.Format(extension: (name as NSString).pathExtension) == nil:
                        result.append((full, "not a .txt, .html, .xml, .tml or .jsonl file"))
                    case .file, .folder, .missing: break
                    }
                }
            }
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// The inputs behind `paths`, and an error for each path that gives none.
    public func collect(_ paths: [String]) -> (inputs: [InputFile], errors: [IngestError]) {
        var files: [(path: String, format: InputFile.Format?)] = []
        var errors: [IngestError] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                files.append((path, nil))
                continue
            }
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                errors.append(.missing(path: path))
                continue
            }
            if !isFolder.boolValue {
                // A file named explicitly is read even with an unknown extension, as plain text.
                files.append((path, InputFile.Format(extension: (path as NSString).pathExtension) ?? .text))
                continue
            }
            let found = folderFiles(path)
            if found.isEmpty { errors.append(.noDocuments(path: path)) }
            files.append(contentsOf: found)
        }
        return (assignIDs(files), errors)
    }

    private func folderFiles(_ folder: String) -> [(path: String, format: InputFile.Format?)] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [(String, InputFile.Format?)] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            guard let format = InputFile.Format(extension: (name as NSString).pathExtension) else { continue }
            let full = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            // Links are not followed inside folders (they could point anywhere, or loop), and pipes or
            // devices could block or never end; a file named on the command line is read whatever it is.
            if Self.kind(of: full) == .file { found.append((full, format)) }
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// File names as ids; inputs that share a name get their whole path instead.
    private func assignIDs(_ files: [(path: String, format: InputFile.Format?)]) -> [InputFile] {
        var seen: [String: Int] = [:]
        for file in files { seen[Self.name(file.path), default: 0] += 1 }
        var used = Set<String>()
        return files.compactMap { file in
            let name = Self.name(file.path)
            let id = seen[name, default: 0] > 1 ? file.path : name
            guard used.insert(file.path == "-" ? "-" : file.path).inserted else { return nil }
            return InputFile(path: file.path, id: id, format: file.format)
        }
    }

    enum Kind { case file, folder, link, special, missing }

    /// What a path is, without following a symbolic link.
    static func kind(of path: String) -> Kind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .special
        }
    }

    static func name(_ path: String) -> String {
        path == "-" ? "stdin" : (path as NSString).lastPathComponent
    }
}
