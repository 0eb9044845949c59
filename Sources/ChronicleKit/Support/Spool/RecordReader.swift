/// Reads back, in order, what a ``RecordWriter`` wrote.
///
/// The records come from the run's own spool file, so malformed bytes mean the file was damaged under
/// the process; reading stops with a message rather than inventing values.
struct RecordReader {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position == bytes.count }

    private mutating func byte() -> UInt8 {
        guard position < bytes.count else { Self.damaged("a record ends early") }
        defer { position += 1 }
        return bytes[position]
    }

    private mutating func varint() -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = byte()
            guard shift < 64 else { Self.damaged("a number is too long") }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    mutating func count() -> Int {
        let value = varint()
        guard value <= UInt64(Int.max) else { Self.damaged("a count is out of range") }
        return Int(value)
    }

    mutating func integer() -> Int {
        let zigzag = varint()
        return Int(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
    }

    mutating func optionalCount() -> Int? {
        let stored = count()
        return stored == 0 ? nil : stored - 1
    }

    mutating func flag() -> Bool {
        byte() != 0
    }

    mutating func string() -> String {
        let length = count()
        guard length <= bytes.count - position else { Self.damaged("a string runs past its record") }
        defer { position += length }
        return String(decoding: bytes[position..<position + length], as: UTF8.self)
    }

    mutating func optionalString() -> String? {
        flag() ? string() : nil
    }

    mutating func counts() -> [Int] {
        (0..<count()).map { _ in count() }
    }

    mutating func strings() -> [String] {
        (0..<count()).map { _ in string() }
    }

    mutating func date() -> CalendarDate {
        let year = count()
        let month = Int(byte())
        let day = Int(byte())
        guard let date = CalendarDate(year: year, month: month, day: day) else { Self.damaged("a date is not a day") }
        return date
    }

    mutating func optionalDate() -> CalendarDate? {
        flag() ? date() : nil
    }

    /// A case stored by its position among all cases.
    mutating func member<T: CaseIterable>(_ type: T.Type) -> T where T.AllCases: RandomAccessCollection {
        Self.member(T.self, at: count())
    }

    /// A case that may be absent, stored by ``RecordWriter/optionalMember(_:)``.
    mutating func optionalMember<T: CaseIterable>(_ type: T.Type) -> T? where T.AllCases: RandomAccessCollection {
        optionalCount().map { Self.member(T.self, at: $0) }
    }

    private static func member<T: CaseIterable>(_ type: T.Type, at index: Int) -> T
    where T.AllCases: RandomAccessCollection {
        guard index < T.allCases.count else { damaged("unknown \(T.self) number \(index)") }
        return T.allCases[T.allCases.index(T.allCases.startIndex, offsetBy: index)]
    }

    static func damaged(_ reason: String) -> Never {
        fatalError("Chronicle's spool file was damaged while in use: \(reason)")
    }
}
