import ChronicleKit
import Foundation

for path in CommandLine.arguments.dropFirst() {
    let (inputs, _) = InputCollector().collect([path])
    for input in inputs {
        DocumentReader().read(input) { result in
            guard case .success(let document) = result else { return }
            let tokens = Tokenizer().tokens(in: document.text)
            let sentences = SentenceSplitter().sentences(in: tokens)
            let times = TimeTagger().expressions(tokens: tokens, sentences: sentences, documentDate: document.published)
            print(
                "== \(document.id) published=\(document.published?.description ?? "-") publisher=\(document.publisher ?? "-") title=\(document.title ?? "-")"
            )
            for (s, list) in zip(sentences, times) where !list.isEmpty {
                print(
                    "  s\(s.index): "
                        + list.map { "[\($0.text)]=\($0.kind.rawValue):\($0.value)" }.joined(separator: " "))
            }
        }
    }
}
