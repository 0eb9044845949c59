import ArgumentParser
import ChronicleKit
import Foundation

/// Options shared by the commands that read documents.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders or - (standard input) to read.")
    var inputs: [String]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Day that anchors relative dates in documents without a date of their own (never shown as their date).",
            valueName: "YYYY-MM-DD"))
    var referenceDate: CalendarDate?

    @Option(name: .long, help: "Alias file: lines 'A = B' force a merge, 'A != B' forbid one (# comments).")
    var aliases: String?

    @Option(
        name: .long,
        help: "Documents analyzed in parallel (default: one per core). The output is the same for any value.")
    var threads: Int?

    @Option(name: .long, help: "Keep only the events of this actor or place (any of its names).")
    var entity: String?

    @OptionGroup var limits: ReadLimits

    @Flag(name: .long, help: "Print nothing on stderr but errors.")
    var quiet = false

    @Flag(name: .long, help: "Also say which files in the input folders were passed over, and why.")
    var verbose = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one input file, folder or -") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        // Without its model the recognizer would fall back to its rules and find other names: say so, before
        // any output folder is made, instead of giving different results.
        if let problem = NERModel.bundledError {
            Diagnostics.error(problem.description)
            throw ExitCode(1)
        }
        // Without its language files the tagger would find no date and no event word.
        if let problem = Language.bundledError {
            Diagnostics.error(problem.description)
            throw ExitCode(1)
        }
    }

    /// The cores to use: `--threads`, or all of them.
    var cores: Int { threads ?? ChronologyPipeline.Options().threads }

    /// The pipeline's settings, with the alias file read and checked, so a bad one is found before any
    /// document is read.
    func pipelineOptions() throws -> ChronologyPipeline.Options {
        var options = ChronologyPipeline.Options()
        if let threads { options.threads = threads }
        options.reader = limits.readerOptions
        if let aliases {
            guard let data = FileManager.default.contents(atPath: aliases),
                let text = String(data: data, encoding: .utf8)
            else {
                Diagnostics.error("\(aliases): alias file cannot be read")
                throw ExitCode(1)
            }
            do {
                options.aliases = try AliasRules(text: text)
            } catch {
                Diagnostics.error("\(aliases): \(error)")
                throw ExitCode(1)
            }
        }
        options.analyzer.referenceDate = referenceDate
        return options
    }

    /// Runs the pipeline and reports bad inputs on stderr. A run that read no document ends here, with
    /// status 1, so that it never replaces earlier outputs with empty ones.
    /// - Parameter progress: the command's progress line, which the pipeline moves through reading,
    ///   analyzing and merging (the command then shows the writing).
    func runPipeline(_ options: ChronologyPipeline.Options, progress: ProgressLine?) throws -> (
        chronology: Chronology, report: ChronologyPipeline.Report
    ) {
        if verbose {
            for (path, reason) in InputCollector().skipped(in: inputs) {
                Diagnostics.note("skipped \(path): \(reason)")
            }
        }
        let result: (chronology: Chronology, report: ChronologyPipeline.Report)
        do {
            result = try ChronologyPipeline(options: options).run(
                paths: inputs, progress: progress.map { line in { line.update($0) } })
        } catch let error as SpoolError {
            progress?.finish()
            Diagnostics.error(error.description)
            throw ExitCode(1)
        }
        if !result.report.notes.isEmpty || !result.report.errors.isEmpty { progress?.finish() }
        if !quiet { for note in result.report.notes { Diagnostics.note(note.description) } }
        for error in result.report.errors { Diagnostics.error(error.description) }
        if result.report.documentCount == 0 {
            Diagnostics.error(
                "no document could be read, so no output was written (earlier outputs are left as they were)")
            throw ExitCode(1)
        }
        guard let entity else { return result }
        guard let restricted = result.chronology.restricted(toEntityNamed: entity) else {
            throw ValidationError("no actor or place is called '\(entity)' in these documents")
        }
        return (restricted, result.report)
    }

    /// The absolute paths of the input files, which outputs must never overwrite.
    var protectedPaths: Set<String> {
        Set(
            InputCollector().collect(inputs).inputs.filter { !$0.isStandardInput }.map {
                AtomicFile.canonicalPath($0.path)
            })
    }
}
