import ArgumentParser
import ChronicleKit
import Foundation

/// `chronicle-eval events`: event precision and recall against the hand-made gold chronology of `Samples/`.
///
/// A gold event is found when a chronology event has a telling in the same document whose sentence
/// contains the gold quote and whose date equals the gold date (both undated counts as equal). Gold
/// events of syndicated copies (`duplicate_of`) are counted once. Precision is over dated chronology
/// events: the share whose tellings contain some gold quote with the same date.
struct EventEvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events", abstract: "Event precision, recall, attribution and modality accuracy on Samples/.")

    @Option(help: "Gold chronology (JSON).")
    var gold = "Evaluation/gold/chronology.json"

    @Option(help: "The corpus the gold describes.")
    var corpus = "Samples"

    @Flag(help: "List the gold events that were not found.")
    var misses = false

    struct GoldEvent {
        var document: String
        var quote: String
        var date: String?
        var attribution: String
        var modality: String
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: gold),
            let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { throw ValidationError("cannot read \(gold)") }
        let events = list.filter { $0["duplicate_of"] == nil }.map { item in
            var date = item["date"] as? String
            if let end = item["date_end"] as? String, let start = date { date = "\(start)/\(end)" }
            return GoldEvent(
                document: item["doc"] as? String ?? "", quote: item["quote"] as? String ?? "", date: date,
                attribution: (item["attribution"] as? String ?? "author").lowercased(),
                modality: item["modality"] as? String ?? "asserted")
        }
        let chronology = try ChronologyPipeline().run(paths: [corpus]).chronology
        var found = 0
        var foundDated = 0
        var sentenceFound = 0
        var attributionRight = 0
        var attributionHeadRight = 0
        var modalityRight = 0
        var missed: [String] = []
        for event in events {
            let candidates = chronology.events.filter { candidate in
                candidate.evidence.contains { $0.documentID == event.document && $0.sentence.contains(event.quote) }
            }
            if !candidates.isEmpty { sentenceFound += 1 }
            guard let match = candidates.first(where: { $0.date?.value == event.date }) else {
                missed.append(
                    "\(event.document)\t\(event.date ?? "undated")\tgot \(candidates.map { $0.date?.value ?? "undated" })\t\(event.quote)"
                )
                continue
            }
            found += 1
            if event.date != nil { foundDated += 1 }
            let sources = match.attributions.map { $0.lowercased() }
            if sources.contains(where: {
                $0 == event.attribution || $0.contains(event.attribution) || event.attribution.contains($0)
            }) {
                attributionRight += 1
            }
            // The looser count: the same head noun ("the four-page memo" for "GDES memo (via El Faro)").
            if sources.contains(where: { Self.sameHead($0, event.attribution) }) { attributionHeadRight += 1 }
            if match.modality.rawValue == event.modality { modalityRight += 1 }
            if misses
                && (match.modality.rawValue != event.modality
                    || !sources.contains(where: {
                        $0 == event.attribution || $0.contains(event.attribution) || event.attribution.contains($0)
                    }))
            {
                missed.append(
                    "DIFFER\tgold \(event.attribution)/\(event.modality)\tsystem \(sources)/\(match.modality.rawValue)\t\(event.quote)"
                )
            }
        }
        let quotes = events.filter { $0.date != nil }
        let dated = chronology.events.filter { $0.date != nil }
        let correctDated = dated.filter { candidate in
            quotes.contains { gold in
                candidate.date?.value == gold.date
                    && candidate.evidence.contains {
                        $0.documentID == gold.document && $0.sentence.contains(gold.quote)
                    }
            }
        }
        let goldDated = quotes.count
        let recall = Double(foundDated) / Double(max(goldDated, 1))
        let precision = Double(correctDated.count) / Double(max(dated.count, 1))
        print(
            "Gold chronology of \(corpus): \(events.count) events (\(goldDated) dated), syndicated copies counted once")
        print(
            String(
                format: "sentence found (any date):       %3d / %d  %.3f", sentenceFound, events.count,
                Double(sentenceFound) / Double(events.count)))
        print(
            String(
                format: "event with the right date:       %3d / %d  recall %.3f", found, events.count,
                Double(found) / Double(events.count)))
        print(
            String(
                format: "dated events:  precision %.3f (%d of %d)  recall %.3f (%d of %d)  F1 %.3f", precision,
                correctDated.count, dated.count,
                recall, foundDated, goldDated,
                precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)))
        print(
            String(
                format: "attribution right on found:      %3d / %d  %.3f", attributionRight, found,
                Double(attributionRight) / Double(max(found, 1))))
        print(
            String(
                format: "  ... same head noun:            %3d / %d  %.3f", attributionHeadRight, found,
                Double(attributionHeadRight) / Double(max(found, 1))))
        print(
            String(
                format: "modality right on found:         %3d / %d  %.3f", modalityRight, found,
                Double(modalityRight) / Double(max(found, 1))))
        if misses { for line in missed { print("MISSED\t" + line) } }
    }

    /// Whether two source phrases name the same kind of source: the system's last word (its head noun) is
    /// one of the gold phrase's words, or the phrases overlap as text.
    static func sameHead(_ system: String, _ gold: String) -> Bool {
        if system == gold || system.contains(gold) || gold.contains(system) { return true }
        let words = { (text: String) in
            text.split(whereSeparator: { !$0.isLetter }).map(String.init)
        }
        guard let head = words(system).last else { return false }
        return words(gold).contains(head)
    }
}
