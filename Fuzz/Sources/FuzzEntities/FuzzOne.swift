import ChronicleKit

/// Any text through tokenizer, splitter, name recognizer and resolver. Nothing may crash or hang.
func fuzzOne(_ bytes: UnsafeBufferPointer<UInt8>) {
    let text = String(decoding: bytes, as: UTF8.self)
    let tokens = Tokenizer().tokens(in: text)
    let sentences = SentenceSplitter().sentences(in: tokens)
    let mentions = EntityRecognizer().mentions(tokens: tokens, sentences: sentences)
    _ = EntityResolver().resolve([(documentID: "fuzz", mentions: mentions)])
}
