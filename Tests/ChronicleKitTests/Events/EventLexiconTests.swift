import Foundation
import Testing

@testable import ChronicleKit

/// The precomputed table of verb forms answers exactly what the suffix rules answer.
@Suite struct EventLexiconTests {
    @Test func theFormTableAgreesWithTheRulesOnEveryWordOfTheSamples() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples")
        var words: Set<String> = ["planned", "stopped", "fled", "dies", "tried", "signing", "arrested", "ss", "sing"]
        for name in try FileManager.default.contentsOfDirectory(atPath: samples.path) {
            let text = try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8)
            for token in Tokenizer().tokens(in: text) where token.kind == .word { words.insert(token.lower) }
        }
        let events = Language.english.events
        for word in words {
            #expect(
                events.verbLemma(word)
                    == EventLexicon.ruleLemma(word, verbs: events.verbs, irregular: events.irregular), "\(word)")
        }
        #expect(events.verbLemma("planned") == "plan")
        #expect(events.verbLemma("fled") == "flee")
    }
}
