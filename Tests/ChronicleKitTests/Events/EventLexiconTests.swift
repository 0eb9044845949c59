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
        for word in words { #expect(EventLexicon.verbLemma(word) == EventLexicon.ruleLemma(word), "\(word)") }
        #expect(EventLexicon.verbLemma("planned") == "plan")
        #expect(EventLexicon.verbLemma("fled") == "flee")
    }
}
