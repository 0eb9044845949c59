/// The tellings that tell the same event, grouped: the same sentence text anywhere, or the same date and
/// event word with a shared actor. Candidates meet through hash keys, never all against all.
///
/// Groups are in order of their first telling, and the tellings of a group in draft order; they are
/// kept as one array of draft positions with the start of each group.
struct DraftGroups: RandomAccessCollection, Sendable {
    private var members: [Int32] = []
    private var starts: [Int32] = [0]

    var startIndex: Int { 0 }
    var endIndex: Int { starts.count - 1 }

    /// The draft positions of group `index`.
    subscript(index: Int) -> ArraySlice<Int32> {
        members[Int(starts[index])..<Int(starts[index + 1])]
    }

    private struct SentenceKey: Hashable {
        var sentence: SentenceFingerprint
        var date: String?
        var lemma: String
    }

    private struct DateAndKind: Hashable {
        var date: String
        var kind: String
    }

    /// Groups the drafts of a table.
    init(merging table: DraftTable) {
        let drafts = table.drafts
        var sets = DisjointSets(count: drafts.count)
        var bySentence: [SentenceKey: Int] = [:]
        var byDateAndKind: [DateAndKind: [Int]] = [:]
        for (index, draft) in drafts.lazy.map(\.telling).enumerated() {
            // The sentence's letters and digits with the event's date and word: the same sentence in two
            // documents is the same event, but two dates in one sentence are two events.
            if draft.fingerprint.length >= 20 {
                let sentenceKey = SentenceKey(sentence: draft.fingerprint, date: draft.dateValue, lemma: draft.lemma)
                if let other = bySentence[sentenceKey] {
                    sets.union(index, other)
                } else {
                    bySentence[sentenceKey] = index
                }
            }
            if let date = draft.dateValue, !draft.lemma.isEmpty {
                let kind = EventKinds.classes[draft.lemma] ?? draft.lemma
                byDateAndKind[DateAndKind(date: date, kind: kind), default: []].append(index)
            }
        }
        bySentence = [:]
        for members in byDateAndKind.values where members.count > 1 {
            var byActor: [Int32: Int] = [:]
            for member in members {
                for actor in table.actors(drafts[member]) {
                    if let other = byActor[actor] {
                        sets.union(member, other)
                    } else {
                        byActor[actor] = member
                    }
                }
            }
        }
        byDateAndKind = [:]
        // Groups numbered in order of their first telling; then each telling placed in its group's run.
        var groupOfRoot = [Int32](repeating: -1, count: drafts.count)
        var groupOfDraft = [Int32](repeating: 0, count: drafts.count)
        var sizes: [Int32] = []
        for index in drafts.indices {
            let root = sets.find(index)
            if groupOfRoot[root] < 0 {
                groupOfRoot[root] = Int32(sizes.count)
                sizes.append(0)
            }
            groupOfDraft[index] = groupOfRoot[root]
            sizes[Int(groupOfRoot[root])] += 1
        }
        starts.reserveCapacity(sizes.count + 1)
        for size in sizes { starts.append(starts.last! + size) }
        var next = Array(starts.dropLast())
        members = [Int32](repeating: 0, count: drafts.count)
        for index in drafts.indices {
            let group = Int(groupOfDraft[index])
            members[Int(next[group])] = Int32(index)
            next[group] += 1
        }
    }
}
