import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where a record lies in a ``SpoolFile``.
struct SpoolRange: Sendable, Hashable {
    /// The first byte.
    var offset: Int64
    /// How many bytes.
    var length: Int32
}

/// A temporary file the run writes records to and reads them back from, so that the corpus's events
/// wait on disk rather than in memory between analysis and export.
///
/// The file is removed from its folder as soon as it is created: nothing is left behind, however the
/// process ends, and its space is returned when the last ``SpoolFile`` referring to it is released.
/// Appends are buffered; reads (from any thread, at any time) see everything appended before them.
/// Reads are `pread`s of their own, so exporters on several threads read side by side.
final class SpoolFile: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    /// Bytes already in the file; the buffer holds those after them.
    private var flushed: Int64 = 0
    /// Whether appends are over and everything is in the file (read and written under the lock).
    private var sealed = false
    /// The folder the file was made in, for errors.
    private let folder: String
    /// Whether, once sealed, reads go through a few cached blocks: for a spool read front to back, one
    /// `pread` of 64 KiB serves hundreds of records.
    private let readAhead: Bool
    /// The blocks read, most recent last (at most ``blockCount``; under the lock).
    private var blocks: [(start: Int64, bytes: [UInt8])] = []
    private static let blockSize: Int64 = 64 * 1024
    private static let blockCount = 8
    private static let bufferCapacity = 1 << 20

    /// Creates an empty spool file in `folder`.
    /// - Parameter readAhead: whether reads after ``seal()`` go through cached blocks (for a spool read
    ///   front to back; a spool read here and there is better served by a `pread` per record).
    /// - Throws: ``SpoolError`` when the file cannot be created there.
    init(folder: String, readAhead: Bool = false) throws {
        // Not inherited by programs a library user starts, which would keep the space in use.
        guard let descriptor = UnlinkedFile.create(in: folder, prefix: "chronicle-spool-") else {
            throw SpoolError.create(folder: folder, reason: Self.reason(errno))
        }
        self.descriptor = descriptor
        self.folder = folder
        self.readAhead = readAhead
        buffer.reserveCapacity(Self.bufferCapacity)
    }

    /// A spool file in the system's temporary folder (`TMPDIR`, else `/tmp`).
    convenience init(readAhead: Bool = false) throws {
        try self.init(
            folder: ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp",
            readAhead: readAhead)
    }

    deinit {
        close(descriptor)
    }

    /// Appends bytes (one record, or several one after another).
    /// - Returns: where the first byte lies; a record's ``SpoolRange`` is that and its length.
    /// - Throws: ``SpoolError`` when the disk refuses the bytes (full, or an I/O error).
    func append(_ bytes: [UInt8]) throws -> Int64 {
        try lock.withLock {
            precondition(!sealed, "a sealed spool takes no more records")
            let offset = flushed + Int64(buffer.count)
            if buffer.count + bytes.count > Self.bufferCapacity { try flush() }
            if bytes.count >= Self.bufferCapacity {
                try bytes.withUnsafeBytes { try writeAll($0) }
                flushed += Int64(bytes.count)
            } else {
                buffer.append(contentsOf: bytes)
            }
            return offset
        }
    }

    /// Appends one record.
    /// - Returns: where it lies, for ``read(_:)``.
    /// - Throws: ``SpoolError`` when the disk refuses the bytes, or the record is over 2 GiB.
    func appendRecord(_ bytes: [UInt8]) throws -> SpoolRange {
        guard bytes.count <= Int(Int32.max) else { throw SpoolError.write(folder: folder, reason: "record too large") }
        return SpoolRange(offset: try append(bytes), length: Int32(bytes.count))
    }

    /// The bytes of a record appended earlier.
    func read(_ range: SpoolRange) -> [UInt8] {
        let end = range.offset + Int64(range.length)
        let cached: [UInt8]? = lock.withLock {
            if readAhead && sealed { return readThroughBlocks(range) }
            if !sealed, end > flushed {
                do {
                    try flush()
                } catch {
                    RecordReader.damaged("\(error)")
                }
            }
            return nil
        }
        if let cached { return cached }
        return readDirectly(range)
    }

    /// A record copied out of the cached blocks, reading the blocks it needs; the lock is held.
    private func readThroughBlocks(_ range: SpoolRange) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(range.length))
        var position = range.offset
        let end = range.offset + Int64(range.length)
        while position < end {
            let start = position - position % Self.blockSize
            let block = cachedBlock(at: start)
            let from = Int(position - start)
            let to = min(block.count, Int(end - start))
            guard from < to else { RecordReader.damaged("the file is shorter than its records") }
            bytes.append(contentsOf: block[from..<to])
            position = start + Int64(to)
        }
        return bytes
    }

    /// The block starting at `start`, from the cache or the file; the lock is held.
    private func cachedBlock(at start: Int64) -> [UInt8] {
        if let index = blocks.firstIndex(where: { $0.start == start }) {
            let block = blocks.remove(at: index)
            blocks.append(block)
            return block.bytes
        }
        let length = Int32(min(Self.blockSize, max(0, flushed - start)))
        let bytes = readDirectly(SpoolRange(offset: start, length: length))
        if blocks.count == Self.blockCount { blocks.removeFirst() }
        blocks.append((start, bytes))
        return bytes
    }

    /// A record read with a `pread` of its own.
    private func readDirectly(_ range: SpoolRange) -> [UInt8] {
        return [UInt8](unsafeUninitializedCapacity: Int(range.length)) { bytes, initialized in
            var done = 0
            while done < Int(range.length) {
                let count = pread(
                    descriptor, bytes.baseAddress! + done, Int(range.length) - done, off_t(range.offset) + off_t(done))
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else {
                    RecordReader.damaged(count < 0 ? Self.reason(errno) : "the file is shorter than its records")
                }
                done += count
            }
            initialized = done
        }
    }

    /// Writes what is buffered and ends the appends; reads are then free of locks.
    /// - Throws: ``SpoolError`` when the disk refuses the last bytes.
    func seal() throws {
        try lock.withLock {
            try flush()
            sealed = true
        }
    }

    /// How many bytes the spool holds.
    var size: Int64 {
        lock.withLock { flushed + Int64(buffer.count) }
    }

    /// Writes the buffer to the file; the lock is held.
    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        flushed += Int64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw SpoolError.write(folder: folder, reason: Self.reason(errno))
            }
            offset += written
        }
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// Why the spool file could not be used.
public enum SpoolError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The temporary file could not be created.
    case create(folder: String, reason: String)
    /// The disk refused the records.
    case write(folder: String, reason: String)

    public var description: String {
        switch self {
        case .create(let folder, let reason):
            return "cannot create a temporary file in \(folder) (\(reason)); set TMPDIR to a writable folder"
        case .write(let folder, let reason):
            return
                "cannot write the temporary file in \(folder) that holds the events (\(reason)); set TMPDIR to a folder with room"
        }
    }
}
