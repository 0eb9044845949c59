import Foundation
import Mustache

/// Renders a plain-text briefing from a Mustache template, wrapped at 78 columns.
///
/// The default template ships in `Templates/briefing.txt.mustache` and is compiled into the library
/// too, so the binary works anywhere; `--template` swaps in a user's copy. Templates see a
/// ``BriefingModel``.
public struct BriefingExporter: ChronologyExporter {
    /// The template text.
    public var template: String
    /// The template's name, for errors.
    public var templateName: String
    /// The title printed at the top.
    public var title: String
    /// The column width.
    public var width: Int

    /// Creates an exporter with the built-in template.
    public init(title: String = "Chronicle briefing", width: Int = 78) {
        self.init(
            template: DefaultBriefingTemplate.text, templateName: "briefing.txt.mustache", title: title, width: width)
    }

    /// Creates an exporter with a template's text.
    public init(template: String, templateName: String, title: String = "Chronicle briefing", width: Int = 78) {
        self.template = template
        self.templateName = templateName
        self.title = title
        self.width = width
    }

    /// Creates an exporter with a template file.
    /// - Throws: ``ExportError/template(name:reason:)`` when the file cannot be read.
    public init(templatePath: String, title: String = "Chronicle briefing", width: Int = 78) throws {
        guard let data = FileManager.default.contents(atPath: templatePath),
            let text = String(data: data, encoding: .utf8)
        else {
            throw ExportError.template(name: templatePath, reason: "cannot be read as UTF-8 text")
        }
        self.init(template: text, templateName: templatePath, title: title, width: width)
    }

    public func export(_ chronology: Chronology, to output: inout some TextOutputStream) throws {
        let compiled: MustacheTemplate
        do {
            compiled = try MustacheTemplate(string: template)
        } catch {
            throw ExportError.template(name: templateName, reason: "\(error)")
        }
        let rendered = compiled.render(BriefingModel(chronology, title: title, width: width))
        output.write(TextWrapper(width: width).enforce(rendered))
    }
}
