/// How deeply a Mustache template's sections nest, found without the Mustache parser, which descends
/// one level of the call stack per section: a template nested deeper than ``limit`` is refused before
/// it is parsed, so no template can overflow the stack.
///
/// The scan follows the tags as Mustache reads them: `{{#x}}`, `{{^x}}`, `{{$x}}` and `{{<x}}` open a
/// level, `{{/x}}` closes one, comments and triple mustaches are skipped, and `{{=<% %>=}}` changes the
/// delimiters.
struct TemplateNesting {
    /// The deepest nesting allowed; the built-in template uses four levels.
    static let limit = 64

    /// Where a template goes deeper than the limit.
    struct TooDeep: Error, Equatable {
        var line: Int
        var column: Int
    }

    /// Checks `template`.
    /// - Throws: ``TooDeep`` with the position of the first tag past the limit.
    static func check(_ template: String) throws {
        let text = Array(template.unicodeScalars)
        var open = Array("{{".unicodeScalars)
        var close = Array("}}".unicodeScalars)
        var depth = 0
        var index = 0
        while let start = find(open, in: text, from: index) {
            var body = start + open.count
            let kind = body < text.count ? text[body] : " "
            var end = close
            if kind == "{" && open == Array("{{".unicodeScalars) { end = Array("}}}".unicodeScalars) }
            if kind == "=" { end = ["="] + close }
            guard let stop = find(end, in: text, from: body) else { return }
            switch kind {
            case "#", "^", "$", "<":
                depth += 1
                if depth > limit { throw position(of: start, in: text) }
            case "/":
                depth = max(0, depth - 1)
            case "=":
                body += 1
                let inside = String(String.UnicodeScalarView(text[body..<stop])).split(separator: " ")
                if inside.count == 2 {
                    open = Array(inside[0].unicodeScalars)
                    close = Array(inside[1].unicodeScalars)
                }
            default:
                break
            }
            index = stop + end.count
        }
    }

    private static func find(_ needle: [Unicode.Scalar], in text: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, text.count >= needle.count, start <= text.count - needle.count else { return nil }
        var index = start
        while index <= text.count - needle.count {
            if text[index] == needle[0] && text[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func position(of offset: Int, in text: [Unicode.Scalar]) -> TooDeep {
        var line = 1
        var column = 1
        for scalar in text[..<offset] {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return TooDeep(line: line, column: column)
    }
}
