extension Document {
    /// The document as one line of Chronicle's JSON Lines input (`{"id","date","title","publisher","text"}`,
    /// `null` for what is unknown), so what `chronicle read` prints can be fed back to `build`.
    public var jsonLine: String {
        let fields: [(String, String?)] = [
            ("id", id), ("date", published?.description), ("title", title), ("publisher", publisher), ("text", text),
        ]
        return "{" + fields.map { "\(JSONText.quoted($0)):\($1.map(JSONText.quoted) ?? "null")" }.joined(separator: ",")
            + "}\n"
    }
}
