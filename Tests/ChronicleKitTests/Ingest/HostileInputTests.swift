import ChronicleKit
import Foundation
import Testing

/// Crafted and pathological files next to a good one: nothing crashes, each bad file is named, and the
/// good document is exported in full.
@Suite struct HostileInputTests {
    @Test func hostileFilesBesideAGoodOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "good.txt", "Title: Fine\nDate: 2021-03-04\n\nKarim Benhaddou fled to Madrid on 26 February 2021.")
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE TimeML [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <TimeML><TEXT>&c;&c;&c;</TEXT></TimeML>
            """
        let laughsPath = try folder.write("laughs.tml", laughs)
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE TimeML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <TimeML><TEXT>&secret;</TEXT></TimeML>
            """
        let externalPath = try folder.write("external.tml", external)
        let deepPath = try folder.write(
            "deep.html",
            String(repeating: "<div>", count: 50_000) + "Deep text in 2019."
                + String(repeating: "</div>", count: 50_000))
        try folder.write("digits.txt", String(repeating: "7", count: 300_000))
        try folder.write("mays.txt", String(repeating: "May ", count: 40_000))
        try folder.write("capitals.txt", String(repeating: "Alpha Bravo Charlie Delta ", count: 6_000))
        try folder.write("controls.txt", "Officials met in Rabat \u{1}\u{7} in 2020 and left.")

        let (chronology, report) = try ChronologyPipeline().run(paths: [folder.path])
        // Entity declarations are refused; libxml2 may refuse absurd nesting too, with a message naming the file.
        let failed = Set(report.errors.map(\.path))
        #expect(failed.isSuperset(of: [externalPath, laughsPath]))
        #expect(failed.isSubset(of: [externalPath, laughsPath, deepPath]))
        for error in report.errors where error.path != deepPath { #expect(error.description.contains("entities")) }
        let good = try #require(chronology.events.first { $0.documentIDs == ["good.txt"] && $0.date != nil })
        #expect(good.date?.value == "2021-02-26")
        #expect(!chronology.events.contains { $0.documentIDs == ["digits.txt"] && $0.date != nil })
        let xml = try GraphMLExporter().render(chronology)
        #expect(!xml.contains("\u{1}") && !xml.contains("\u{7}"))
        #expect(!xml.contains("root:"))  // nothing of /etc/passwd
    }
}
