import Foundation

/// The weights of the averaged-perceptron name recognizer: one row of tag scores per hashed feature.
///
/// Stored as 16-bit integers with one scale factor (about 4.7 MB for 2^18 buckets x 9 tags), in a
/// small binary format: the magic `CHNER1`, bucket bits, tag count, scale (Float32), then the weights,
/// all little-endian.
public struct NERModel: Sendable {
    /// The weights while training, `bucket * tagCount + tag`; empty in a model read from a file.
    var weights: [Float]
    /// The weights of a model read from a file, as stored: half the memory of `weights`, so more of the
    /// table stays in cache while tagging. Each is `scale` times the real weight.
    private var packed: [Int16] = []
    private var scale: Float = 1

    /// Nine: outside, and begin and inside for each of the four types (the packed scorer adds nine sums).
    static let tagCount = NERTag.allCases.count
    private static let magic = Array("CHNER1".utf8)

    init(weights: [Float]) {
        precondition(weights.count == NERFeatures.bucketCount * Self.tagCount, "weights do not fit the feature space")
        self.weights = weights
    }

    /// An untrained model.
    static var empty: NERModel {
        NERModel(weights: [Float](repeating: 0, count: NERFeatures.bucketCount * tagCount))
    }

    /// The model shipped with the library (trained on CoNLL-2003 `eng.train` by `chronicle-eval ner-train`).
    public static let bundled: NERModel? = {
        guard let url = Bundle.module.url(forResource: "ner-conll2003", withExtension: "model"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? NERModel(data: data)
    }()

    /// Why a model file could not be read.
    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads a model file.
    public init(data: Data) throws {
        let bytes = [UInt8](data)
        let header = Self.magic.count + 2 + 4
        guard bytes.count >= header, Array(bytes[..<Self.magic.count]) == Self.magic else {
            throw FormatError(description: "not a Chronicle NER model")
        }
        guard Int(bytes[6]) == NERFeatures.bucketBits, Int(bytes[7]) == Self.tagCount else {
            throw FormatError(description: "model made for another feature space")
        }
        let scale = Float(
            bitPattern: UInt32(bytes[8]) | UInt32(bytes[9]) << 8 | UInt32(bytes[10]) << 16 | UInt32(bytes[11]) << 24)
        precondition(Self.tagCount == 9, "the packed scorer adds nine sums")
        let count = NERFeatures.bucketCount * Self.tagCount
        guard bytes.count == 12 + count * 2 else { throw FormatError(description: "model file is truncated") }
        var packed = [Int16](repeating: 0, count: count)
        for index in 0..<count {
            packed[index] = Int16(bitPattern: UInt16(bytes[12 + 2 * index]) | UInt16(bytes[13 + 2 * index]) << 8)
        }
        self.weights = []
        self.packed = packed
        self.scale = scale
    }

    /// The model file's bytes.
    public func data() -> Data {
        let weights = packed.isEmpty ? self.weights : packed.map { Float($0) * self.scale }
        let largest = weights.map { abs($0) }.max() ?? 0
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        var bytes = Self.magic + [UInt8(NERFeatures.bucketBits), UInt8(Self.tagCount)]
        let bits = scale.bitPattern
        bytes += [UInt8(bits & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits >> 16 & 0xFF), UInt8(bits >> 24)]
        bytes.reserveCapacity(bytes.count + weights.count * 2)
        for weight in weights {
            let quantized = UInt16(bitPattern: Int16(max(-32767, min(32767, (weight / scale).rounded()))))
            bytes.append(UInt8(quantized & 0xFF))
            bytes.append(UInt8(quantized >> 8))
        }
        return Data(bytes)
    }

    /// Adds the scores of `features` into `scores`.
    func score(_ features: [Int], into scores: inout [Float]) {
        if !packed.isEmpty {
            // Whole numbers add up exactly; one multiplication per tag at the end.
            var sums = (Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0))
            packed.withUnsafeBufferPointer { w in
                for feature in features {
                    let row = feature * Self.tagCount
                    sums.0 &+= Int32(w[row])
                    sums.1 &+= Int32(w[row + 1])
                    sums.2 &+= Int32(w[row + 2])
                    sums.3 &+= Int32(w[row + 3])
                    sums.4 &+= Int32(w[row + 4])
                    sums.5 &+= Int32(w[row + 5])
                    sums.6 &+= Int32(w[row + 6])
                    sums.7 &+= Int32(w[row + 7])
                    sums.8 &+= Int32(w[row + 8])
                }
            }
            scores[0] = Float(sums.0) * scale
            scores[1] = Float(sums.1) * scale
            scores[2] = Float(sums.2) * scale
            scores[3] = Float(sums.3) * scale
            scores[4] = Float(sums.4) * scale
            scores[5] = Float(sums.5) * scale
            scores[6] = Float(sums.6) * scale
            scores[7] = Float(sums.7) * scale
            scores[8] = Float(sums.8) * scale
            return
        }
        for tag in 0..<Self.tagCount { scores[tag] = 0 }
        weights.withUnsafeBufferPointer { w in
            for feature in features {
                let row = feature * Self.tagCount
                for tag in 0..<Self.tagCount { scores[tag] += w[row + tag] }
            }
        }
    }
}
