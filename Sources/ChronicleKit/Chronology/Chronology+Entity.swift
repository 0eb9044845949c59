extension Chronology {
    /// The entity a name refers to: its canonical name or any alias, compared without case or accents.
    public func entity(named name: String) -> Entity? {
        let key = NameKey.normalized(name)
        return entities.first { entity in
            NameKey.normalized(entity.canonicalName) == key || entity.aliases.contains { NameKey.normalized($0) == key }
        }
    }

    /// The chronology of one actor: the events it takes part in, is placed at or is the source of, with
    /// the entities and documents those events involve.
    /// - Returns: `nil` when no entity has that name.
    public func restricted(toEntityNamed name: String) -> Chronology? {
        guard let focus = entity(named: name) else { return nil }
        let kept = events.filter {
            $0.actorIDs.contains(focus.id) || $0.placeIDs.contains(focus.id)
                || $0.attributionEntityIDs.contains(focus.id)
        }
        let entityIDs = Set(kept.flatMap { $0.actorIDs + $0.placeIDs + $0.attributionEntityIDs } + [focus.id])
        let documentIDs = Set(kept.flatMap(\.documentIDs))
        return Chronology(
            documents: documents.filter { documentIDs.contains($0.id) },
            entities: entities.filter { entityIDs.contains($0.id) },
            events: kept)
    }
}
