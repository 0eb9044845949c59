/// What kind of thing a name refers to.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A person: `Abdellatif Hammouchi`.
    case person
    /// An organization: agencies, companies, parties, outlets: `DGST`, `Le Monde`.
    case organization
    /// A place: countries, cities, regions, sites: `Rabat`, `Ceuta`.
    case place
    /// Any other name (events, products, nationalities): kept apart so it does not pollute the three.
    case misc

    /// The id prefix used in exports (`per-`, `org-`, `plc-`, `msc-`).
    public var idPrefix: String {
        switch self {
        case .person: return "per"
        case .organization: return "org"
        case .place: return "plc"
        case .misc: return "msc"
        }
    }

    /// The Neo4j-style label (`:Person`).
    public var label: String {
        switch self {
        case .person: return "Person"
        case .organization: return "Organization"
        case .place: return "Place"
        case .misc: return "Misc"
        }
    }

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
