/// Wraps plain text to a column width, with a hanging indent for continuation lines.
public struct TextWrapper: Sendable {
    /// The maximum line length, in characters.
    public var width: Int

    /// Creates a wrapper.
    public init(width: Int = 78) {
        self.width = width
    }

    /// Wraps one paragraph: the first line starts with `firstPrefix`, the others with `indent`.
    public func wrap(_ text: String, firstPrefix: String = "", indent: String = "") -> String {
        var lines: [String] = []
        var line = firstPrefix
        var lineHasWord = false
        for word in OutputText.singleLine(text).split(separator: " ") {
            let candidate = lineHasWord ? line + " " + word : line + word
            if candidate.count <= width || !lineHasWord && line.count + 1 >= width / 2 && candidate.count <= width {
                line = candidate
                lineHasWord = true
                continue
            }
            if lineHasWord {
                lines.append(line)
                line = indent
            }
            // A word longer than the line is cut.
            var rest = Substring(word)
            while line.count + rest.count > width {
                let room = max(1, width - line.count)
                lines.append(line + rest.prefix(room))
                rest = rest.dropFirst(room)
                line = indent
            }
            line += rest
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// Re-wraps every line of a rendered text that is longer than the width, keeping its indentation.
    public func enforce(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width else { return String(line) }
            let indentation = String(line.prefix { $0 == " " })
            return wrap(String(line), firstPrefix: "", indent: indentation + "  ")
        }.joined(separator: "\n")
    }
}
