import ChronicleKit

/// Any text through the time tagger, with and without a document date. Nothing may crash or hang.
func fuzzOne(_ bytes: UnsafeBufferPointer<UInt8>) {
    let text = String(decoding: bytes, as: UTF8.self)
    let tagger = TimeTagger()
    _ = tagger.expressions(in: text, documentDate: CalendarDate(year: 2021, month: 3, day: 4))
    _ = tagger.expressions(in: text, documentDate: nil)
}
