import ChronicleKit
import Testing

@Suite struct EntityRecognizerTests {
    private func mentions(_ text: String) -> [EntityMention] {
        let tokens = Tokenizer().tokens(in: text)
        return EntityRecognizer().mentions(tokens: tokens, sentences: SentenceSplitter().sentences(in: tokens))
    }

    @Test func typesPeopleOrganizationsAndPlaces() {
        let found = mentions(
            "Francisco Pardo Piqueras, who heads the National Police, welcomed Abdellatif Hammouchi in Madrid on Tuesday."
        )
        let kinds = Dictionary(found.map { ($0.text, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["National Police"] == .organization)
        #expect(kinds["Francisco Pardo Piqueras"] == .person)
        #expect(kinds["Abdellatif Hammouchi"] == .person)
        #expect(kinds["Madrid"] == .place)
        #expect(kinds["Tuesday"] == nil)
    }

    @Test func titlesBecomeRolesAndAcronymsAreLinked() throws {
        let found = mentions("King Mohammed VI received the head of the Directorate of Territorial Surveillance (DST).")
        let king = try #require(found.first { $0.text == "Mohammed VI" })
        #expect(king.kind == .person)
        #expect(king.role == "King")
        let acronym = try #require(found.first { $0.text == "DST" })
        #expect(acronym.definedAs == "Directorate of Territorial Surveillance")
        #expect(acronym.kind == .organization)
    }

    @Test func sentenceInitialCommonWordsAreNotNames() {
        let found = mentions("Reports indicate that the minister left. Leaked documents surfaced in Rabat.")
        #expect(found.map(\.text) == ["Rabat"])
    }
}

@Suite struct EntityResolverTests {
    private func resolve(_ documents: [(String, String)]) -> [Entity] {
        let lists = documents.map { id, text -> (String, [EntityMention]) in
            let tokens = Tokenizer().tokens(in: text)
            return (
                id, EntityRecognizer().mentions(tokens: tokens, sentences: SentenceSplitter().sentences(in: tokens))
            )
        }
        return EntityResolver().resolve(lists.map { (documentID: $0.0, mentions: $0.1) }).entities
    }

    @Test func acronymsSurnamesAndSpellingsMerge() throws {
        let entities = resolve([
            (
                "a",
                "The Directorate of Territorial Surveillance (DST) questioned Mehdi Hejjawi. Later Hejjawi fled. King Mohamed VI was silent."
            ),
            ("b", "The DST denied it. King Mohammed VI spoke in Rabat."),
        ])
        let dst = try #require(entities.first { $0.canonicalName == "Directorate of Territorial Surveillance" })
        #expect(dst.aliases.contains("DST"))
        #expect(dst.documentIDs == ["a", "b"])
        let hejjawi = try #require(entities.first { $0.canonicalName == "Mehdi Hejjawi" })
        #expect(hejjawi.aliases == ["Hejjawi"])
        let king = try #require(
            entities.first { $0.aliases.contains("Mohamed VI") || $0.canonicalName == "Mohamed VI" })
        #expect(Set([king.canonicalName] + king.aliases) == ["Mohamed VI", "Mohammed VI"])
        #expect(king.documentIDs == ["a", "b"])
        #expect(king.roles == ["King"])
    }

    @Test func differentPeopleDoNotMerge() {
        let entities = resolve([
            ("a", "Mohamed Hajib spoke to Mohamed Nifaoui. Youssef Hajjar met Youssef Hammar.")
        ])
        let names = Set(entities.map(\.canonicalName))
        #expect(names.isSuperset(of: ["Mohamed Hajib", "Mohamed Nifaoui", "Youssef Hajjar", "Youssef Hammar"]))
    }

    @Test func idsAreStableSlugs() throws {
        let entities = resolve([("a", "Abdellatif Hammouchi met Pedro Sánchez in Madrid.")])
        let ids = Set(entities.map(\.id))
        #expect(ids.isSuperset(of: ["per-abdellatif-hammouchi", "per-pedro-sanchez", "plc-madrid"]))
    }
}

@Suite struct TransliterationAndAliasTests {
    private func resolve(_ documents: [(String, String)], rules: AliasRules = AliasRules()) -> [Entity] {
        let lists = documents.map { id, text -> (String, [EntityMention]) in
            let tokens = Tokenizer().tokens(in: text)
            return (
                id, EntityRecognizer().mentions(tokens: tokens, sentences: SentenceSplitter().sentences(in: tokens))
            )
        }
        return EntityResolver(rules: rules).resolve(lists.map { (documentID: $0.0, mentions: $0.1) }).entities
    }

    private func names(_ entity: Entity) -> Set<String> { Set([entity.canonicalName] + entity.aliases) }

    @Test func transliterationsOfOnePersonMerge() throws {
        let entities = resolve([
            ("a", "Officials said Abdelmalek Droudkel met agents. Later Abdelmalek Droukdel left Mali."),
            ("b", "The officer Djamel Okhacha was seen with Djamel Okasha's men in Algiers."),
        ])
        let leader = try #require(entities.first { names($0).contains("Abdelmalek Droudkel") })
        #expect(names(leader).contains("Abdelmalek Droukdel"))
        let officer = try #require(entities.first { names($0).contains("Djamel Okhacha") })
        #expect(names(officer).contains("Djamel Okasha"))
    }

    @Test func soundAlikeButDifferentPeopleStayApart() {
        let entities = resolve([
            ("a", "Youssef Hajjar met Youssef Hammar, and Mohamed Hajib met Mohamed Nifaoui in Rabat.")
        ])
        for pair in [("Youssef Hajjar", "Youssef Hammar"), ("Mohamed Hajib", "Mohamed Nifaoui")] {
            #expect(!entities.contains { names($0).contains(pair.0) && names($0).contains(pair.1) })
        }
    }

    @Test func phoneticKeys() {
        #expect(PhoneticKey.of("Hejjawi") == PhoneticKey.of("Hijaouy"))
        #expect(PhoneticKey.of("Okhacha") == PhoneticKey.of("Okasha"))
        #expect(PhoneticKey.isNear(PhoneticKey.of("Droudkel"), PhoneticKey.of("Droukdel")))
        #expect(!PhoneticKey.isNear(PhoneticKey.of("Hajjar"), PhoneticKey.of("Hammar")))
        #expect(PhoneticKey.of("Spanish") != PhoneticKey.of("Sanchez"))
    }

    @Test func aliasFileForcesAndForbidsMerges() throws {
        let rules = try AliasRules(
            text: "# analyst's rules\nKarim Benhaddou = The Fox   # a nickname\nMohamed VI != Mohammed VI\n")
        #expect(rules.same == [["Karim Benhaddou", "The Fox"]])
        let entities = resolve(
            [
                ("a", "Karim Benhaddou fled. The Fox was seen in Madrid."),
                ("b", "King Mohamed VI and King Mohammed VI spoke."),
            ],
            rules: rules)
        #expect(!entities.contains { names($0).contains("Mohamed VI") && names($0).contains("Mohammed VI") })
        #expect(throws: AliasRules.SyntaxError.self) { try AliasRules(text: "just a name\n") }
    }
}

@Suite struct DemonymTests {
    @Test func demonymMeaningTheStateLinksToTheCountry() {
        let text = "Moroccan intelligence met Spanish authorities. Moroccan cannabis reached Europe. Morocco denied it."
        let tokens = Tokenizer().tokens(in: text)
        let mentions = EntityRecognizer().mentions(tokens: tokens, sentences: SentenceSplitter().sentences(in: tokens))
        let entities = EntityResolver().resolve([(documentID: "a", mentions: mentions)]).entities
        let morocco = entities.first { $0.canonicalName == "Morocco" }
        #expect(morocco?.kind == .place)
        #expect(morocco?.mentionCount == 2)  // "Moroccan intelligence" and "Morocco", not "Moroccan cannabis"
        #expect(entities.contains { $0.canonicalName == "Spain" && $0.kind == .place })
    }

    /// The entities come sorted by kind, then name, and each mention's entity number follows that order.
    @Test func entitiesAreListedByKindThenNameAndEachMentionPointsToItsOwn() {
        func mention(_ text: String, _ kind: EntityKind) -> EntityMention {
            EntityMention(range: TextRange(start: 0, end: text.utf8.count), text: text, kind: kind, sentenceIndex: 0)
        }
        let documents: [(documentID: String, mentions: [EntityMention])] = [
            (documentID: "a", mentions: [mention("Rabat", .place), mention("Zineb Alaoui", .person)]),
            (documentID: "b", mentions: [mention("DST", .organization), mention("Madrid", .place)]),
            (documentID: "c", mentions: [mention("Ahmed Zaki", .person), mention("Alaoui", .person)]),
            (documentID: "d", mentions: [mention("Interpol", .organization), mention("Agadir", .place)]),
        ]
        let resolution = EntityResolver().resolve(documents)
        #expect(
            resolution.entities.map { "\($0.kind.rawValue):\($0.canonicalName)" } == [
                "person:Ahmed Zaki", "person:Zineb Alaoui", "organization:DST", "organization:Interpol",
                "place:Agadir", "place:Madrid", "place:Rabat",
            ])
        let written = documents.flatMap { $0.mentions.map(\.text) }
        let named = resolution.entityOfMention.map { resolution.entities[Int($0)] }
        #expect(zip(written, named).allSatisfy { $0 == $1.canonicalName || $1.aliases.contains($0) })
    }

    /// A one-word name written as a place is no surname, even when one longer name ending in it was taken
    /// for a person ("General Motors Canada" read as General + "Motors Canada"), nor is a nationality that
    /// sounds like one; a person's surname still is.
    @Test func placesAreNoSurnames() throws {
        func mention(_ text: String, _ kind: EntityKind) -> EntityMention {
            EntityMention(range: TextRange(start: 0, end: text.utf8.count), text: text, kind: kind, sentenceIndex: 0)
        }
        let entities = EntityResolver().resolve([
            (documentID: "a", mentions: [mention("Canada", .place), mention("Canada", .place)]),
            (documentID: "b", mentions: [mention("Motors Canada", .person), mention("Canada", .place)]),
            (documentID: "c", mentions: [mention("Karim Benhaddou", .person)]),
            (documentID: "d", mentions: [mention("Benhaddou", .person)]),
            // "Japanese" has the consonant key of "Gibbons"; a nationality is no surname.
            (documentID: "e", mentions: [mention("Sam Gibbons", .person)]),
            (documentID: "f", mentions: [mention("Japanese", .misc), mention("Japanese", .misc)]),
            (documentID: "g", mentions: [mention("Latin American", .person), mention("American", .misc)]),
        ]).entities
        let canada = try #require(entities.first { $0.canonicalName == "Canada" })
        #expect(canada.kind == .place)
        #expect(canada.mentionCount == 3)
        let karim = try #require(entities.first { $0.canonicalName == "Karim Benhaddou" })
        #expect(karim.aliases == ["Benhaddou"])
        #expect(karim.documentIDs == ["c", "d"])
        let gibbons = try #require(entities.first { $0.canonicalName == "Sam Gibbons" })
        #expect(gibbons.aliases.isEmpty)
        #expect(try #require(entities.first { $0.canonicalName == "Latin American" }).aliases.isEmpty)
    }
}
