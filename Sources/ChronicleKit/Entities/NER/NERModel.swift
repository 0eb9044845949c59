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

    /// The name of the shipped model file.
    public static let bundledFileName = "ner-conll2003.model"

    /// The model shipped with the library (trained on CoNLL-2003 `eng.train` by `chronicle-eval ner-train`),
    /// or `nil` when its file is missing or damaged (``bundledError`` says which).
    public static var bundled: NERModel? { try? loadedBundle.get() }

    /// Why the shipped model cannot be used, or `nil` when it can: its file is not found (see
    /// ``ResourceFiles``) or cannot be read.
    public static var bundledError: FormatError? {
        guard case .failure(let error) = loadedBundle else { return nil }
        return error
    }

    /// The shipped model, read once, or why it could not be.
    private static let loadedBundle: Result<NERModel, FormatError> = {
        guard let path = ResourceFiles.path(of: bundledFileName) else {
            return .failure(FormatError(description: ResourceFiles.missingMessage(bundledFileName)))
        }
        do {
            return .success(try NERModel(contentsOfFile: path))
        } catch let error as FormatError {
            return .failure(FormatError(description: "\(path): \(error.description)"))
        } catch {
            return .failure(FormatError(description: "\(path): \(error)"))
        }
    }()

    /// Why a model file could not be read.
    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads a model from its file's bytes.
    public init(data: Data) throws {
        let header = [UInt8](data.prefix(Self.headerLength))
        let scale = try Self.scale(header: header)
        let count = try Self.weightCount(fileSize: data.count)
        let packed = [Int16](unsafeUninitializedCapacity: count) { weights, initialized in
            data.withUnsafeBytes { bytes in
                _ = memcpy(weights.baseAddress!, bytes.baseAddress! + Self.headerLength, count * 2)
            }
            initialized = count
        }
        self.init(packed: packed, scale: scale)
    }

    /// Reads a model file straight into the weight table, without holding the file's bytes beside it.
    public init(contentsOfFile path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FormatError(description: "cannot be opened") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FormatError(description: "cannot be read") }
        var header = [UInt8](repeating: 0, count: Self.headerLength)
        let headerLength = min(Self.headerLength, Int(status.st_size))
        guard Self.readFully(descriptor, into: &header, length: headerLength) else {
            throw FormatError(description: "cannot be read")
        }
        let scale = try Self.scale(header: Array(header[..<headerLength]))
        let count = try Self.weightCount(fileSize: Int(status.st_size))
        var complete = false
        let packed = [Int16](unsafeUninitializedCapacity: count) { weights, initialized in
            complete = Self.readFully(descriptor, into: weights.baseAddress!, length: count * 2)
            initialized = count
        }
        guard complete else { throw FormatError(description: "cannot be read") }
        self.init(packed: packed, scale: scale)
    }

    /// The magic, bucket bits, tag count and scale.
    private static let headerLength = 12

    /// The scale a model file's header gives, once the header is checked.
    private static func scale(header: [UInt8]) throws -> Float {
        guard header.count == headerLength, Array(header[..<magic.count]) == magic else {
            throw FormatError(description: "not a Chronicle NER model")
        }
        guard Int(header[6]) == NERFeatures.bucketBits, Int(header[7]) == tagCount else {
            throw FormatError(description: "model made for another feature space")
        }
        return Float(
            bitPattern: UInt32(header[8]) | UInt32(header[9]) << 8 | UInt32(header[10]) << 16 | UInt32(header[11]) << 24
        )
    }

    /// The number of weights a model file of `fileSize` bytes holds, once its size is checked.
    private static func weightCount(fileSize: Int) throws -> Int {
        let count = NERFeatures.bucketCount * tagCount
        guard fileSize >= headerLength + count * 2 else { throw FormatError(description: "model file is truncated") }
        guard fileSize == headerLength + count * 2 else { throw FormatError(description: "model file is too long") }
        return count
    }

    /// A model of weights as stored (little-endian) and their scale.
    private init(packed: [Int16], scale: Float) {
        precondition(Self.tagCount == 9, "the packed scorer adds nine sums")
        self.weights = []
        self.packed = packed
        // A no-op on little-endian machines.
        for index in self.packed.indices { self.packed[index] = Int16(littleEndian: self.packed[index]) }
        self.scale = scale
    }

    /// Reads `length` bytes into `buffer`; whether they all came.
    private static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, length: Int) -> Bool {
        var done = 0
        while done < length {
            let got = read(descriptor, buffer + done, length - done)
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { return false }
            done += got
        }
        return true
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
