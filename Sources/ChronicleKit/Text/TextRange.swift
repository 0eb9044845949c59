/// A half-open range of UTF-8 byte offsets into a ``Document``'s text.
public struct TextRange: Sendable, Hashable, Codable, Comparable {
    /// First byte.
    public var start: Int
    /// One past the last byte.
    public var end: Int

    /// Creates a range; `end` must not be before `start`.
    public init(start: Int, end: Int) {
        precondition(end >= start, "a text range cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// The number of bytes covered.
    public var length: Int { end - start }

    /// Whether two ranges share at least one byte.
    public func overlaps(_ other: TextRange) -> Bool {
        start < other.end && other.start < end
    }

    /// Whether `other` lies inside this range.
    public func contains(_ other: TextRange) -> Bool {
        start <= other.start && other.end <= end
    }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
