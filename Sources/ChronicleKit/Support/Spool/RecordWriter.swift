/// Encodes values as compact bytes for the spool: integers as variable-length numbers, strings as a
/// length and their UTF-8 bytes. ``RecordReader`` reads them back in the same order.
struct RecordWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// Drops what was written after `count` bytes.
    mutating func truncate(to count: Int) {
        bytes.removeLast(bytes.count - count)
    }

    /// A non-negative integer, seven bits a byte, low bits first.
    mutating func count(_ value: Int) {
        precondition(value >= 0, "a count is never negative")
        var rest = UInt64(value)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Any integer (zig-zag encoded, so small negative numbers stay short).
    mutating func integer(_ value: Int) {
        let zigzag = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        var rest = zigzag
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// An integer that may be absent (absent is written as 0, `n` as `n + 1`).
    mutating func optionalCount(_ value: Int?) {
        count(value.map { $0 + 1 } ?? 0)
    }

    mutating func flag(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func string(_ value: String) {
        _ = stringReturningStart(value)
    }

    /// Writes a string and tells where its UTF-8 bytes start in ``bytes``.
    mutating func stringReturningStart(_ value: String) -> Int {
        var value = value
        return value.withUTF8 { utf8 in
            count(utf8.count)
            defer { bytes.append(contentsOf: utf8) }
            return bytes.count
        }
    }

    mutating func optionalString(_ value: String?) {
        flag(value != nil)
        if let value { string(value) }
    }

    mutating func counts(_ values: [Int]) {
        count(values.count)
        for value in values { count(value) }
    }

    mutating func strings(_ values: [String]) {
        count(values.count)
        for value in values { string(value) }
    }

    /// A case, by its position among all cases.
    mutating func member<T: CaseIterable & Equatable>(_ value: T) {
        count(T.allCases.distance(from: T.allCases.startIndex, to: T.allCases.firstIndex(of: value)!))
    }

    /// A case that may be absent, by its position among all cases.
    mutating func optionalMember<T: CaseIterable & Equatable>(_ value: T?) {
        optionalCount(
            value.map { T.allCases.distance(from: T.allCases.startIndex, to: T.allCases.firstIndex(of: $0)!) })
    }

    mutating func date(_ value: CalendarDate) {
        count(value.year)
        bytes.append(UInt8(value.month))
        bytes.append(UInt8(value.day))
    }

    mutating func optionalDate(_ value: CalendarDate?) {
        flag(value != nil)
        if let value { date(value) }
    }
}
