import Foundation
import Mustache

/// Renders a plain-text briefing from a Mustache template, wrapped at 78 columns.
///
/// The default template ships in `Templates/briefing.txt.mustache` and is compiled into the library
/// too, so the binary works anywhere; `--template` swaps in a user's copy. Templates see a
/// ``BriefingModel``. The template is parsed when the exporter is made, so a broken one is found before
/// any document is read.
public struct BriefingExporter: ChronologyExporter {
    /// The template text.
    public let template: String
    /// The template's name, for errors.
    public let templateName: String
    /// The title printed at the top.
    public var title: String
    /// The column width.
    public var width: Int
    /// The parsed template, or why it cannot be used.
    private let compiled: Result<MustacheTemplate, ExportError>

    /// Creates an exporter with the built-in template.
    public init(title: String = "Chronicle briefing", width: Int = 78) {
        self.init(
            template: DefaultBriefingTemplate.text, templateName: "briefing.txt.mustache", title: title, width: width)
    }

    /// Creates an exporter with a template's text; a template that cannot be used makes ``problem`` say
    /// why, and every export throw it.
    public init(template: String, templateName: String, title: String = "Chronicle briefing", width: Int = 78) {
        self.template = template
        self.templateName = templateName
        self.title = title
        self.width = width
        self.compiled = Self.compile(template, name: templateName)
    }

    /// Creates an exporter with a template file.
    /// - Throws: ``ExportError/template(name:reason:)`` when the file cannot be read or the template parsed.
    public init(templatePath: String, title: String = "Chronicle briefing", width: Int = 78) throws {
        guard let data = FileManager.default.contents(atPath: templatePath),
            let text = String(data: data, encoding: .utf8)
        else {
            throw ExportError.template(name: templatePath, reason: "cannot be read as UTF-8 text")
        }
        self.init(template: text, templateName: templatePath, title: title, width: width)
        if let problem { throw problem }
    }

    /// Why the template cannot be used (its line and column, and what is wrong), or `nil`.
    public var problem: ExportError? {
        if case .failure(let error) = compiled { return error }
        return nil
    }

    public func export(_ chronology: Chronology, to output: inout some TextOutputStream) throws {
        let template = try compiled.get()
        let rendered = template.render(BriefingModel(chronology, title: title, width: width))
        output.write(TextWrapper(width: width).enforce(Self.withoutControls(rendered)))
    }

    /// The text with C0 and C1 control characters dropped (tabs become spaces, line ends stay), so no
    /// document can send a terminal escape through the briefing.
    static func withoutControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && $0 != "\n" }) else { return text }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                kept.append(" ")
            } else if scalar == "\n" || !isControl(scalar) {
                kept.append(scalar)
            }
        }
        return String(kept)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func compile(_ template: String, name: String) -> Result<MustacheTemplate, ExportError> {
        do {
            try TemplateNesting.check(template)
            return .success(try MustacheTemplate(string: template))
        } catch let error as TemplateNesting.TooDeep {
            return .failure(
                .template(
                    name: name,
                    reason:
                        "line \(error.line), column \(error.column): sections nested more than \(TemplateNesting.limit) deep"
                ))
        } catch let error as MustacheTemplate.ParserError {
            let context = error.context
            return .failure(
                .template(
                    name: name,
                    reason: "line \(context.lineNumber), column \(context.columnNumber): \(describe(error.error))"))
        } catch {
            return .failure(.template(name: name, reason: "\(error)"))
        }
    }

    /// A reader's words for the Mustache parser's errors.
    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with another section's name"
        case .unfinishedName: return "a tag is not finished"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "a tag that is not allowed inside an inherited section"
        case .textInsideInheritSection: return "text inside an inherited section"
        case .invalidConfigVariableSyntax: return "a configuration tag is malformed"
        case .unrecognisedConfigVariable: return "an unknown configuration variable"
        @unknown default: return "\(error)"
        }
    }
}
