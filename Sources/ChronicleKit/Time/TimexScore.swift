/// TempEval-3 style scores for TIMEX3 extraction and normalization (UzZaman et al. 2013).
///
/// Spans match strictly when identical and relaxed when they overlap (one-to-one: exact pairs first,
/// then larger overlaps); value and type are compared on relaxed pairs, and their F1 is the relaxed F1
/// times their accuracy. Counts are summed over documents before the ratios (micro-average).
public struct TimexScore: Sendable, Hashable {
    /// One expression to compare: its span and attributes.
    public struct Item: Sendable, Hashable {
        public var range: TextRange
        public var type: String
        public var value: String

        public init(range: TextRange, type: String, value: String) {
            self.range = range
            self.type = type
            self.value = value
        }
    }

    /// A pair where gold and system disagree, for error analysis.
    public struct Mismatch: Sendable, Hashable {
        public var gold: Item?
        public var system: Item?
    }

    public private(set) var goldCount = 0
    public private(set) var systemCount = 0
    public private(set) var strictMatches = 0
    public private(set) var relaxedMatches = 0
    public private(set) var valueMatches = 0
    public private(set) var typeMatches = 0

    /// Creates an empty score.
    public init() {}

    /// Adds one document; returns the disagreements (missed, spurious, wrong value or type).
    @discardableResult
    public mutating func add(gold: [Item], system: [Item]) -> [Mismatch] {
        goldCount += gold.count
        systemCount += system.count
        var goldUsed = Set<Int>()
        var systemUsed = Set<Int>()
        var pairs: [(Int, Int)] = []
        for (g, goldItem) in gold.enumerated() {
            if let s = system.indices.first(where: { !systemUsed.contains($0) && system[$0].range == goldItem.range }) {
                goldUsed.insert(g)
                systemUsed.insert(s)
                pairs.append((g, s))
                strictMatches += 1
            }
        }
        var overlaps: [(overlap: Int, g: Int, s: Int)] = []
        for (g, goldItem) in gold.enumerated() where !goldUsed.contains(g) {
            for (s, systemItem) in system.enumerated()
            where !systemUsed.contains(s) && goldItem.range.overlaps(systemItem.range) {
                let overlap =
                    min(goldItem.range.end, systemItem.range.end) - max(goldItem.range.start, systemItem.range.start)
                overlaps.append((overlap, g, s))
            }
        }
        for candidate in overlaps.sorted(by: { ($0.overlap, -$0.g) > ($1.overlap, -$1.g) })
        where !goldUsed.contains(candidate.g) && !systemUsed.contains(candidate.s) {
            goldUsed.insert(candidate.g)
            systemUsed.insert(candidate.s)
            pairs.append((candidate.g, candidate.s))
        }
        relaxedMatches += pairs.count
        var mismatches: [Mismatch] = []
        for (g, s) in pairs {
            let valueOK = gold[g].value == system[s].value
            let typeOK = gold[g].type.uppercased() == system[s].type.uppercased()
            if valueOK { valueMatches += 1 }
            if typeOK { typeMatches += 1 }
            if !valueOK || !typeOK || gold[g].range != system[s].range {
                mismatches.append(Mismatch(gold: gold[g], system: system[s]))
            }
        }
        for (g, item) in gold.enumerated() where !goldUsed.contains(g) {
            mismatches.append(Mismatch(gold: item, system: nil))
        }
        for (s, item) in system.enumerated() where !systemUsed.contains(s) {
            mismatches.append(Mismatch(gold: nil, system: item))
        }
        return mismatches
    }

    private func f1(_ matches: Int) -> Double {
        guard systemCount > 0, goldCount > 0, matches > 0 else { return 0 }
        let precision = Double(matches) / Double(systemCount)
        let recall = Double(matches) / Double(goldCount)
        return 2 * precision * recall / (precision + recall)
    }

    /// Strict-span F1.
    public var strictF1: Double { f1(strictMatches) }
    /// Relaxed-span (overlap) F1.
    public var relaxedF1: Double { f1(relaxedMatches) }
    /// Relaxed F1 times value accuracy.
    public var valueF1: Double { f1(valueMatches) }
    /// Relaxed F1 times type accuracy.
    public var typeF1: Double { f1(typeMatches) }
    /// Relaxed precision.
    public var relaxedPrecision: Double { systemCount == 0 ? 0 : Double(relaxedMatches) / Double(systemCount) }
    /// Relaxed recall.
    public var relaxedRecall: Double { goldCount == 0 ? 0 : Double(relaxedMatches) / Double(goldCount) }
}
