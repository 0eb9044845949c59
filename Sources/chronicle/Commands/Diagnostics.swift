import Foundation

/// Messages on stderr; results never go there.
enum Diagnostics {
    static func error(_ message: String) {
        write("chronicle: error: \(message)\n")
    }

    static func note(_ message: String) {
        write("chronicle: \(message)\n")
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
