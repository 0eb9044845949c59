import ArgumentParser
import ChronicleKit
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Results on stdout, with write errors (a full disk, a closed pipe) reported instead of ignored.
enum StandardOutput {
    /// Writes text.
    static func write(_ text: String) throws {
        try stream { $0.write(text) }
    }

    /// Lets `body` write to stdout as it goes.
    static func stream(_ body: (inout FileOutput) throws -> Void) throws {
        var output = FileOutput(descriptor: 1)
        try body(&output)
        if let number = output.finish() {
            Diagnostics.error("cannot write to standard output: \(String(cString: strerror(number)))")
            throw ExitCode(1)
        }
    }
}
