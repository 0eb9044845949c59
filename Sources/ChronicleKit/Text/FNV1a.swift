/// The 64-bit FNV-1a hash of a sequence of bytes: cheap for the short words it is given, and the same
/// on every run and machine (the name model's features are trained on these values).
enum FNV1a {
    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x100_0000_01B3

    /// The hash of `bytes` (the UTF-8 of a word, or a slice of it).
    @inline(__always)
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var value = offsetBasis
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* prime
        }
        return value
    }
}
