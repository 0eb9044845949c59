import ChronicleKit
import Dispatch
import Foundation

/// Ctrl-C and termination: remove this run's temporary output files, then exit with 130.
///
/// Outputs are rendered in memory and written through a temporary file and a rename, so an interrupted
/// run can leave at most a temporary file, which this removes; finished outputs are never partial.
enum Interruption {
    /// Watches SIGINT and SIGTERM while `folders` may receive outputs.
    static func cleanUp(folders: [String]) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                for folder in folders { AtomicFile.removeTemporaryFiles(in: folder) }
                FileHandle.standardError.write(Data("chronicle: interrupted; no output was left half-written\n".utf8))
                exit(130)
            }
            source.resume()
            return source
        }
    }
}
