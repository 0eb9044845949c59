import ArgumentParser
import ChronicleKit
import Foundation

/// `chronicle ner --conll FILE`: tag a CoNLL-2003 file, for conlleval-style scoring.
struct NERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Tag names in a CoNLL-2003 file: each token line gets one more column, the predicted IOB2 tag.")

    @Option(help: "A CoNLL-2003 file (WORD POS CHUNK TAG per line, blank lines between sentences).")
    var conll: String

    @Option(name: .shortAndLong, help: "Output file (stdout when absent or -).")
    var output: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: conll), let text = String(data: data, encoding: .utf8)
        else {
            throw ValidationError("\(conll): cannot be read as UTF-8 text")
        }
        guard let model = NERModel.bundled else {
            Diagnostics.error(NERModel.bundledError?.description ?? "the library's name model is missing")
            throw ExitCode(1)
        }
        let tagged = CoNLLTagging(tagger: NERTagger(model: model)).tag(text)
        if let output, output != "-" {
            try AtomicFile.write(tagged, to: output, protecting: [AtomicFile.canonicalPath(conll)])
        } else {
            try StandardOutput.write(tagged)
        }
    }
}
