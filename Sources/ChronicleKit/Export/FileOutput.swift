#if canImport(Glibc)
    import Glibc
#endif

/// A text stream into a file descriptor through a buffer, so that an export goes to disk as it is
/// produced instead of being held whole in memory.
///
/// `TextOutputStream.write` cannot throw: the first write error is kept, later writes are dropped,
/// and ``finish()`` reports it.
public struct FileOutput: TextOutputStream {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var failure: Int32?
    private static let capacity = 1 << 20
    /// Pieces this long or longer are written straight from the caller's memory.
    private static let directLength = 1 << 16
    /// How many bytes have been written to the stream so far (buffered or not).
    public private(set) var byteCount = 0

    /// A stream into an open descriptor (not closed by the stream).
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.capacity)
    }

    /// Appends text.
    public mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { write(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Appends bytes (UTF-8 text, already whole characters or not).
    public mutating func write(bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        byteCount += bytes.count
        if bytes.count >= Self.directLength {
            // A large piece (a GraphML chunk) goes out as it is, after what is buffered, without a copy.
            flush()
            writeAll(bytes)
            return
        }
        if buffer.count + bytes.count > Self.capacity { flush() }
        buffer.append(contentsOf: bytes)
    }

    /// Writes what is buffered; the system's error number of the first failed write, if any.
    public mutating func finish() -> Int32? {
        flush()
        return failure
    }

    private mutating func flush() {
        guard !buffer.isEmpty, failure == nil else { return }
        buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func writeAll(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count, failure == nil {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno != EINTR { failure = errno }
                continue
            }
            offset += written
        }
    }
}
