/// A format Chronicle exports: its name on the command line, the file it is written to by default, the
/// options that shape it, and whether it leaves undated events out. The one list every command, the help
/// text, CI and the benchmarks read, so that a new exporter is added in one place.
public struct ExportFormat: Sendable, Hashable, CustomStringConvertible {
    /// An option of `chronicle export` that applies to some formats only.
    public enum Option: String, Sendable, Hashable, CaseIterable {
        /// `--excel`: a byte-order mark for Excel.
        case excel
        /// `--yed`: yEd's graphics.
        case yed
        /// `--template FILE`: the briefing's template.
        case template
        /// `--group actor|type`: TimelineJS's groups.
        case group
    }

    /// What the options say, for making an exporter.
    public struct Settings: Sendable {
        /// `--excel`.
        public var excel = false
        /// `--yed`.
        public var yEd = false
        /// The briefing exporter (`--template`), when one was made.
        public var briefing: BriefingExporter?
        /// `--group`.
        public var grouping = TimelineJSExporter.Grouping.actor
        /// The title of the briefing, the graph and the timeline.
        public var title: String?
        /// The cores an exporter may use.
        public var threads = 1

        /// Default settings.
        public init() {}
    }

    /// The formats, one case each, so that making an exporter is an exhaustive switch.
    enum Kind: String, Sendable, Hashable {
        case csv, graphml, briefing, json, timelinejs, timelinejsJSON = "timelinejs-json", timesketch
        case timesketchJSONL = "timesketch-jsonl", gexf
    }

    /// Which format.
    let kind: Kind
    /// The name on the command line (`csv`, `timesketch-jsonl`).
    public var name: String { kind.rawValue }
    /// The file it is written to by default.
    public let fileName: String
    /// The options that apply to it.
    public let options: Set<Option>
    /// Whether undated events are left out (the format needs a date).
    public let dropsUndated: Bool
    /// What it is for, in a few words.
    public let summary: String

    public var description: String { name }

    /// Every format, in the order help texts list them.
    public static let all: [ExportFormat] = [
        ExportFormat(
            kind: .csv, fileName: "chronology.csv", options: [.excel], dropsUndated: false,
            summary: "one row per event (spreadsheets, pandas)"),
        ExportFormat(
            kind: .graphml, fileName: "chronology.graphml", options: [.yed], dropsUndated: false,
            summary: "entities, events and documents as a graph (Gephi, yEd, Cytoscape, NetworkX)"),
        ExportFormat(
            kind: .briefing, fileName: "briefing.txt", options: [.template], dropsUndated: false,
            summary: "a plain-text briefing from a Mustache template"),
        ExportFormat(
            kind: .json, fileName: "chronology.json", options: [], dropsUndated: false,
            summary: "everything, evidence spans included"),
        ExportFormat(
            kind: .timelinejs, fileName: "timelinejs.csv", options: [.group], dropsUndated: true,
            summary: "TimelineJS's spreadsheet template"),
        ExportFormat(
            kind: .timelinejsJSON, fileName: "timeline.json", options: [.group], dropsUndated: true,
            summary: "TimelineJS's JSON"),
        ExportFormat(
            kind: .timesketch, fileName: "timesketch.csv", options: [], dropsUndated: true,
            summary: "a Timesketch timeline as CSV"),
        ExportFormat(
            kind: .timesketchJSONL, fileName: "timesketch.jsonl", options: [], dropsUndated: true,
            summary: "a Timesketch timeline as JSON Lines"),
        ExportFormat(
            kind: .gexf, fileName: "chronology.gexf", options: [], dropsUndated: false,
            summary: "the graph with event days, for Gephi's timeline"),
    ]

    /// The three formats `chronicle build` writes, in the order they are switched into place.
    public static let built = [Kind.csv, .graphml, .briefing].map { kind in all.first { $0.kind == kind }! }

    /// The format called `name`, if there is one.
    public static func named(_ name: String) -> ExportFormat? {
        all.first { $0.name == name }
    }

    /// The format to write to `path` when `self` was asked for: Timesketch's JSON Lines for a `.jsonl`
    /// file, since Timesketch reads a file by its extension.
    public func fitting(path: String) -> ExportFormat {
        guard kind == .timesketch, path.lowercased().hasSuffix(".jsonl") else { return self }
        return Self.all.first { $0.kind == .timesketchJSONL }!
    }

    /// The exporter, shaped by `settings`.
    public func exporter(_ settings: Settings) -> any ChronologyExporter {
        switch kind {
        case .csv: return CSVExporter(byteOrderMark: settings.excel)
        case .graphml:
            return GraphMLExporter(
                title: settings.title ?? "Chronicle chronology", yEd: settings.yEd, threads: settings.threads)
        case .briefing: return settings.briefing ?? BriefingExporter(title: settings.title ?? "Chronicle briefing")
        case .json: return JSONExporter()
        case .timelinejs: return TimelineJSExporter(format: .spreadsheet, grouping: settings.grouping)
        case .timelinejsJSON:
            return TimelineJSExporter(
                format: .json, title: settings.title ?? "Chronicle chronology", grouping: settings.grouping)
        case .timesketch: return TimesketchExporter(format: .csv)
        case .timesketchJSONL: return TimesketchExporter(format: .jsonLines)
        case .gexf: return GEXFExporter()
        }
    }
}
