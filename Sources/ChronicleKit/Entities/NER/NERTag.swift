/// The tags of the statistical name recognizer: IOB2 over the four CoNLL-2003 types.
public enum NERTag: Int, Sendable, CaseIterable, Hashable {
    case outside = 0
    case beginPerson, insidePerson, beginOrganization, insideOrganization, beginLocation, insideLocation
    case beginMisc, insideMisc

    /// The CoNLL label (`O`, `B-PER`, `I-ORG`, ...).
    public var label: String {
        switch self {
        case .outside: return "O"
        case .beginPerson: return "B-PER"
        case .insidePerson: return "I-PER"
        case .beginOrganization: return "B-ORG"
        case .insideOrganization: return "I-ORG"
        case .beginLocation: return "B-LOC"
        case .insideLocation: return "I-LOC"
        case .beginMisc: return "B-MISC"
        case .insideMisc: return "I-MISC"
        }
    }

    /// The entity type (`PER`, `ORG`, `LOC`, `MISC`), `nil` for outside.
    public var type: String? {
        self == .outside ? nil : String(label.dropFirst(2))
    }

    /// Whether the tag starts a name.
    public var isBegin: Bool { rawValue % 2 == 1 }

    /// The inside tag of the same type.
    public var inside: NERTag { self == .outside ? .outside : (isBegin ? NERTag(rawValue: rawValue + 1)! : self) }

    /// The begin tag of the same type.
    public var begin: NERTag { self == .outside ? .outside : (isBegin ? self : NERTag(rawValue: rawValue - 1)!) }

    /// Parses a CoNLL label in IOB1 or IOB2.
    public init?(label: String) {
        guard let tag = NERTag.allCases.first(where: { $0.label == label }) else { return nil }
        self = tag
    }

    /// Whether `self` may follow `previous` in IOB2 (an inside tag continues a name of its type).
    public func canFollow(_ previous: NERTag) -> Bool {
        isBegin || self == .outside || previous.begin == begin
    }

    /// The entity kind Chronicle uses for this tag's type.
    public var kind: EntityKind? {
        switch type {
        case "PER": return .person
        case "ORG": return .organization
        case "LOC": return .place
        case "MISC": return .misc
        default: return nil
        }
    }

    /// Converts an IOB1 sequence (I- everywhere, B- only between touching names) to IOB2.
    public static func iob2(_ tags: [NERTag]) -> [NERTag] {
        var result: [NERTag] = []
        for (index, tag) in tags.enumerated() {
            if tag == .outside || tag.isBegin {
                result.append(tag)
            } else if index == 0 || tags[index - 1].begin != tag.begin {
                result.append(tag.begin)
            } else {
                result.append(tag)
            }
        }
        return result
    }
}
