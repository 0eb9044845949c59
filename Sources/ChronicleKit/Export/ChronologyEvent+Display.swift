/// Formatting shared by the exporters.
extension ChronologyEvent {
    /// Canonical names of the actors.
    func actorNames(in chronology: Chronology) -> [String] {
        actorIDs.compactMap { chronology.entity($0)?.canonicalName }
    }

    /// Canonical names of the places.
    func placeNames(in chronology: Chronology) -> [String] {
        placeIDs.compactMap { chronology.entity($0)?.canonicalName }
    }

    /// The first telling of the event.
    var primaryEvidence: Event { evidence[0] }
}

/// Text clean-up for output formats.
enum OutputText {
    /// One line: line breaks and tabs become spaces, runs of spaces collapse.
    static func singleLine(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if CharacterClass.isSpace(scalar) || scalar.value < 0x20 {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.unicodeScalars.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
