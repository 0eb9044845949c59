import ArgumentParser
import ChronicleKit

/// `--reference-date YYYY-MM-DD`: a real day, written in full, parsed once for every command.
extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        guard argument.count == 10, let date = CalendarDate(iso: argument), date.description == argument else {
            return nil
        }
        self = date
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}
