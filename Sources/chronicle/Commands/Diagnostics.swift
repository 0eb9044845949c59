import ChronicleKit
import Foundation

/// Messages on stderr; results never go there. Control characters in a message (a file name can hold
/// any) are written as visible escapes.
enum Diagnostics {
    static func error(_ message: String) {
        write("chronicle: error: \(message.withVisibleControls)\n")
    }

    static func note(_ message: String) {
        write("chronicle: \(message.withVisibleControls)\n")
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
