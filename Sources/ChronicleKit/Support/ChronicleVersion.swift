/// The library's version, written into exports.
public enum ChronicleVersion {
    /// The current version.
    public static let current = "0.1.0"
}
