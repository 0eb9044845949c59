import ChronicleKit
import Testing

@Suite struct PlainTextIngestTests {
    @Test func keyLinesGiveTitlePublisherAndDate() {
        let text = "Title: Spy chief flees\nPublisher: The Harbour Daily\nDate: 2021-03-04\n\nThe body begins here."
        let document = PlainTextParser().document(text: text, id: "a.txt", source: "a.txt")
        #expect(document.title == "Spy chief flees")
        #expect(document.publisher == "The Harbour Daily")
        #expect(document.published == CalendarDate(iso: "2021-03-04"))
        #expect(String(decoding: Array(text.utf8)[document.bodyStart...], as: UTF8.self).hasPrefix("\nThe body"))
    }

    @Test func bareDateLineAndWireDateline() {
        let dated = PlainTextParser().document(
            text: " date 2021-03-01 Share this\n\nRabat - A quarrel between two men grew.", id: "b", source: "b")
        #expect(dated.published == CalendarDate(iso: "2021-03-01"))
        let wire = PlainTextParser().document(
            text:
                "Officer said to have fled\n\nPORT SERRAT, March 4, 2021 (Valdoria Press Agency) \u{2014} The former deputy left.",
            id: "c", source: "c")
        #expect(wire.title == "Officer said to have fled")
        #expect(wire.published == CalendarDate(iso: "2021-03-04"))
        #expect(wire.publisher == "Valdoria Press Agency")
    }

    @Test func webBoilerplateIsNotTheTitle() {
        let document = PlainTextParser().document(
            text: "Skip to main content\n\nA Crisis Unfolding\n\nRelations are tense.", id: "d", source: "d")
        #expect(document.title == "A Crisis Unfolding")
    }
}

@Suite struct HTMLIngestTests {
    static let page = """
        <!DOCTYPE html><html><head><title>Spy chief flees &amp; hides</title>
        <meta property="og:site_name" content="The Coast Ledger">
        <meta property="article:published_time" content="2021-04-02T09:30:00Z">
        <style>body { content: "2019"; }</style><script>var year = 2006; track("1998");</script></head>
        <body><nav><a href="/">Home</a> <a href="/w">World 2015</a></nav>
        <header>Cookie notice</header>
        <article><h1>Spy chief flees</h1><p>The officer left Port Serrat on 26 February 2021.</p>
        <p>Officials denied it &#8217;yesterday&#8217;.<br>A second line.</p></article>
        <footer>&copy; 2021 Ledger</footer></body></html>
        """

    @Test func keepsOnlyTheArticleText() throws {
        let document = try HTMLReader().document(bytes: Array(Self.page.utf8), id: "p.html", path: "p.html")
        #expect(document.title == "Spy chief flees & hides")
        #expect(document.publisher == "The Coast Ledger")
        #expect(document.published == CalendarDate(iso: "2021-04-02"))
        #expect(document.text.contains("The officer left Port Serrat on 26 February 2021."))
        #expect(document.text.contains("\u{2019}yesterday\u{2019}"))
        for hidden in ["2019", "2006", "1998", "World 2015", "Cookie", "Ledger"] {
            #expect(!document.text.contains(hidden), "\(hidden) leaked into the text")
        }
    }

    @Test func malformedHTMLIsRecoveredAndEmptyPagesRejected() throws {
        let broken = try HTMLReader().document(
            bytes: Array("<p>Unclosed <b>bold text in 2011<p>next".utf8), id: "x", path: "x.html")
        #expect(broken.text.contains("bold text in 2011"))
        #expect(throws: IngestError.self) {
            try HTMLReader().document(bytes: Array("<html><script>x()</script></html>".utf8), id: "y", path: "y.html")
        }
    }
}

@Suite struct ReaderErrorTests {
    private func results(_ paths: [String]) -> (documents: [Document], errors: [IngestError]) {
        let (inputs, collectErrors) = InputCollector().collect(paths)
        var documents: [Document] = []
        var errors = collectErrors
        for input in inputs {
            DocumentReader().read(input) { result in
                switch result {
                case .success(let document): documents.append(document)
                case .failure(let error): errors.append(error)
                }
            }
        }
        return (documents, errors)
    }

    @Test func badInputsAreNamedAndOthersStillRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let good = try folder.write("good.txt", "Title: Fine\n\nThe officer left on 26 February 2021.")
        let empty = try folder.write("empty.txt", "")
        let binary = try folder.write("blob.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2])
        let undefined = try folder.write("undefined.txt", bytes: Array("Caf".utf8) + [0x81, 0x20, 0x6F, 0x6B])
        let missing = folder.path + "/nope.txt"
        let (documents, errors) = results([good, empty, binary, undefined, missing])
        #expect(documents.map(\.id) == ["good.txt"])
        #expect(errors.count == 4)
        #expect(errors.contains(.missing(path: missing)))
        #expect(errors.contains(.empty(path: empty)))
        #expect(errors.contains(.binary(path: binary)))
        #expect(errors.contains(.invalidEncoding(path: undefined, byteOffset: 3)))
        #expect(errors.allSatisfy { $0.description.hasPrefix(folder.path) })
    }

    @Test func jsonLinesKeepGoingAfterABadLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write(
            "corpus.jsonl",
            """
            {"id": "r1", "date": "1987-02-26", "title": "Cocoa", "text": "Showers continued throughout the week."}
            {"id": "r2", "text": 
            {"id": "r3", "date": null, "title": "", "text": "The bank said on Tuesday it cut rates."}

            """)
        let (documents, errors) = results([file])
        #expect(documents.map(\.id) == ["r1", "r3"])
        #expect(documents[0].published == CalendarDate(iso: "1987-02-26"))
        #expect(errors == [.invalidJSONLine(path: file, line: 2, reason: "not valid JSON")])
    }

    @Test func foldersAreReadRecursivelyInNameOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("b/two.txt", "Second article text here.")
        try folder.write("a/one.txt", "First article text here.")
        try folder.write("a/notes.md", "Not an article.")
        try folder.write(".hidden/three.txt", "Hidden.")
        let (documents, errors) = results([folder.path])
        #expect(documents.map(\.id) == ["one.txt", "two.txt"])
        #expect(errors.isEmpty)
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Rabat, 3 March 2021.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let file = try folder.write("utf16.txt", bytes: bytes)
        let (documents, errors) = results([file])
        #expect(errors.isEmpty)
        #expect(documents.first?.text == "Rabat, 3 March 2021.")
    }
}
