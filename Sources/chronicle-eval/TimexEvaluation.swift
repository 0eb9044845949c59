import ArgumentParser
import ChronicleKit
import Foundation

/// `chronicle-eval timex`: TIMEX3 F1 on the TempEval-3 training corpus (TimeBank + AQUAINT), split
/// into the documents used for tuning and the documents held out from tuning.
struct TimexEvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex", abstract: "Strict, relaxed, value and type F1 of the time tagger on TempEval-3 TBAQ.")

    @Option(help: "Folder of TimeML files (searched recursively).")
    var corpus = "../shared/corpora/tempeval3/train"

    @Option(help: "Print the disagreements of this split: tune, held-out or none.")
    var errors = "none"

    @Option(help: "Keep at most this many error lines.")
    var maxErrors = 400

    /// Every fifth document (in name order) is held out from tuning; the rest is the tuning part.
    static func isHeldOut(_ index: Int) -> Bool { index % 5 == 4 }

    func run() throws {
        let files = try Self.timeMLFiles(corpus)
        guard !files.isEmpty else { throw ValidationError("no .tml files under \(corpus)") }
        var scores: [String: TimexScore] = ["tune": TimexScore(), "held-out": TimexScore(), "all": TimexScore()]
        var errorLines: [String] = []
        var counts: [String: Int] = ["tune": 0, "held-out": 0]
        for (index, path) in files.enumerated() {
            let split = Self.isHeldOut(index) ? "held-out" : "tune"
            counts[split, default: 0] += 1
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let document = try TimeMLReader().document(bytes: bytes, id: path, path: path)
            guard let file = String(validating: bytes, as: UTF8.self), let content = TimeMLText(file: file) else {
                continue
            }
            let gold = content.annotations.filter { $0.attributes["functionInDocument"] != "CREATION_TIME" }.map {
                TimexScore.Item(range: $0.range, type: $0.attributes["type"] ?? "", value: $0.attributes["value"] ?? "")
            }
            let system = TimeMLAnnotator().tag(content.text, documentDate: document.published).map {
                TimexScore.Item(range: $0.range, type: $0.kind.rawValue, value: $0.value)
            }
            let mismatches = scores[split]!.add(gold: gold, system: system)
            scores["all"]!.add(gold: gold, system: system)
            if split == errors {
                let text = Array(content.text.utf8)
                func show(_ item: TimexScore.Item?) -> String {
                    guard let item else { return "-" }
                    let words = String(decoding: text[item.range.start..<item.range.end], as: UTF8.self)
                    return "\"\(words)\" \(item.type) \(item.value)"
                }
                for mismatch in mismatches {
                    let kind =
                        mismatch.gold == nil
                        ? "SPURIOUS"
                        : mismatch.system == nil
                            ? "MISSED"
                            : mismatch.gold!.value != mismatch.system!.value
                                ? "VALUE" : mismatch.gold!.type != mismatch.system!.type ? "TYPE" : "SPAN"
                    errorLines.append(
                        "\(kind)\t\((path as NSString).lastPathComponent)\tgold: \(show(mismatch.gold))\tsystem: \(show(mismatch.system))"
                    )
                }
            }
        }
        print(
            "TempEval-3 TBAQ (\(corpus)): \(files.count) documents; tune \(counts["tune"]!), held-out \(counts["held-out"]!)"
        )
        print("split      gold  system  strict_F1  relaxed_P  relaxed_R  relaxed_F1  value_F1  type_F1")
        for split in ["tune", "held-out", "all"] {
            let score = scores[split]!
            print(
                split.padding(toLength: 9, withPad: " ", startingAt: 0)
                    + String(
                        format: " %5d  %6d     %.4f     %.4f     %.4f      %.4f    %.4f   %.4f", score.goldCount,
                        score.systemCount,
                        score.strictF1, score.relaxedPrecision, score.relaxedRecall, score.relaxedF1, score.valueF1,
                        score.typeF1))
        }
        if !errorLines.isEmpty {
            print("\n\(errorLines.count) disagreements on \(errors):")
            for line in errorLines.prefix(maxErrors) { print(line) }
        }
    }

    static func timeMLFiles(_ folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw ValidationError("cannot read \(folder)")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".tml") { files.append(folder + "/" + relative) }
        }
        return files.sorted()
    }
}
