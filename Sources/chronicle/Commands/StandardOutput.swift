import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Results on stdout, with write errors (a full disk, a closed pipe) reported instead of ignored.
enum StandardOutput {
    static func write(_ text: String) throws {
        var text = text
        let failed = text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(1, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                offset += written
            }
            return false
        }
        if failed {
            Diagnostics.error("cannot write to standard output: \(String(cString: strerror(errno)))")
            throw ExitCode(1)
        }
    }
}
