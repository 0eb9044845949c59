import ChronicleKit

/// Any bytes, read as each input format: text, HTML, TimeML and a JSON Lines line. Nothing may crash.
func fuzzOne(_ bytes: UnsafeBufferPointer<UInt8>) {
    let array = Array(bytes)
    let input = InputFile(path: "fuzz", id: "fuzz", format: nil)
    let reader = DocumentReader(options: .init(maximumDocumentBytes: 1 << 20))
    for format in [InputFile.Format.text, .html, .timeML] {
        _ = try? reader.document(bytes: array, format: format, input: input)
    }
    if let line = String(validating: array, as: UTF8.self) {
        _ = try? JSONLinesParser().document(line: Substring(line), number: 1, path: "fuzz")
        _ = TimeMLText(file: line)
    }
}
