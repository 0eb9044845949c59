/// Disjoint sets of names (normalized keys, by number), with path halving, that refuse to join sets
/// holding a forbidden pair.
///
/// A key gets a node the first time it is asked for, so nodes are numbered in the order the resolver
/// meets names; ``existing(_:)`` tells whether a key has one yet.
struct NameUnionFind {
    private var parent: [Int] = []
    /// Each key's node, or -1 before it has one.
    private var nodeOfKey: [Int32]
    /// For each root, the forbidden partners (keys) of the keys in its set.
    private var forbidden: [Int: Set<Int32>] = [:]
    private var keysOfRoot: [Int: Set<Int32>] = [:]
    private var forbiddenPairs: [Int32: Set<Int32>] = [:]

    /// Sets over the keys numbered `0..<keyCount`, none with a node yet.
    init(keyCount: Int) {
        nodeOfKey = [Int32](repeating: -1, count: keyCount)
    }

    /// How many nodes there are (node numbers are `0..<count`).
    var count: Int { parent.count }

    /// The node of a key, made if it has none yet.
    mutating func node(_ key: Int32) -> Int {
        let existing = nodeOfKey[Int(key)]
        if existing >= 0 { return Int(existing) }
        let id = parent.count
        parent.append(id)
        nodeOfKey[Int(key)] = Int32(id)
        if let partners = forbiddenPairs[key] {
            forbidden[id] = partners
            keysOfRoot[id] = [key]
        }
        return id
    }

    /// The node of a key, if it has one.
    func existing(_ key: Int32) -> Int? {
        let node = nodeOfKey[Int(key)]
        return node >= 0 ? Int(node) : nil
    }

    /// Records that the sets of `a` and `b` must never join.
    mutating func forbid(_ a: Int32, _ b: Int32) {
        forbiddenPairs[a, default: []].insert(b)
        forbiddenPairs[b, default: []].insert(a)
        for (key, other) in [(a, b), (b, a)] {
            let root = find(node(key))
            forbidden[root, default: []].insert(other)
            keysOfRoot[root, default: []].insert(key)
        }
    }

    mutating func find(_ node: Int) -> Int {
        DisjointSets.root(of: node, in: &parent)
    }

    /// Joins two sets unless one holds a key the other's keys may not meet.
    mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a)
        let rootB = find(b)
        guard rootA != rootB else { return }
        if forbiddenPairs.isEmpty {
            parent[max(rootA, rootB)] = min(rootA, rootB)
            return
        }
        let keysA = keysOfRoot[rootA] ?? []
        let keysB = keysOfRoot[rootB] ?? []
        if !(forbidden[rootA] ?? []).isDisjoint(with: keysB) || !(forbidden[rootB] ?? []).isDisjoint(with: keysA) {
            return
        }
        let (keep, drop) = (min(rootA, rootB), max(rootA, rootB))
        parent[drop] = keep
        if keysOfRoot[drop] != nil || forbidden[drop] != nil {
            keysOfRoot[keep, default: []].formUnion(keysOfRoot[drop] ?? [])
            forbidden[keep, default: []].formUnion(forbidden[drop] ?? [])
            keysOfRoot[drop] = nil
            forbidden[drop] = nil
        }
    }
}
