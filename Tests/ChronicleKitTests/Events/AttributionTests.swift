import ChronicleKit
import Foundation
import Testing

/// Who says so and how firmly, sentence by sentence: the source an analyst would write in the margin.
@Suite struct AttributionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var year: String
        var source: String
        var modality: Modality
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(
            text: "According to Le Courrier, the envoy left Rabat in 2019.", year: "2019", source: "Le Courrier",
            modality: .reported),
        Case(
            text: "Spanish security sources said the convoy crossed the border in 2018.", year: "2018",
            source: "Spanish security sources", modality: .reported),
        Case(
            text: "The port was closed in 2015, the ministry said.", year: "2015", source: "ministry",
            modality: .reported),
        Case(text: "The council met in Fez in 2014.", year: "2014", source: "author", modality: .asserted),
        Case(
            text: "The agency reportedly paid the informant in 2013.", year: "2013", source: "author",
            modality: .alleged),
        Case(
            text: "The minister denied that the service paid anyone in 2012.", year: "2012", source: "minister",
            modality: .denied),
        Case(
            text: "The two countries may have discussed the deal in 2011.", year: "2011", source: "author",
            modality: .hypothetical),
        Case(
            text: "The government will open the new consulate in 2031.", year: "2031", source: "author",
            modality: .planned),
        // The claim belongs to whoever the "revelations" came from, named the sentence before.
        Case(
            text: "The affair grew with new allegations from a retired colonel of the border guard. "
                + "According to several sources, these revelations tie the guard to the bombing of the depot (2009).",
            year: "2009", source: "retired colonel of the border guard", modality: .alleged),
        // A source named at the end covers its own clause, not an event told before a new subject.
        Case(
            text: "The smuggler, who escaped from Kenitra prison in 2003, was later named a leader, "
                + "then he died in a crash, according to a statement posted online.",
            year: "2003", source: "author", modality: .asserted),
        // Denials name their source, past an adverb; "declined the claims" denies them.
        Case(
            text: "Valdorian public institutions strenuously declined the claims that guards beat inmates in 2017.",
            year: "2017", source: "Valdorian public institutions", modality: .denied),
        Case(
            text: "The ministry rejected reports that the envoy fled in 2020.", year: "2020", source: "ministry",
            modality: .denied),
        // "It states ..." speaks for the text named before; "He said ..." for the person.
        Case(
            text: "The leaked letter, dated March 2020, was seen by our reporters. "
                + "It states that the informant met his handlers in 2016.",
            year: "2016", source: "the leaked letter", modality: .reported),
        Case(
            text: "Colonel Rachid Benali spoke to the press on Monday. "
                + "He said the police arrested the smugglers in 2013.",
            year: "2013", source: "Rachid Benali", modality: .reported),
        // What a relative clause on the speaker tells is the author's, not the speaker's.
        Case(
            text: "Colonel Samir Idrissi, who was arrested in 2016, said the depot had always been empty.",
            year: "2016", source: "author", modality: .asserted),
    ]

    @Test(arguments: cases) func sourceAndModality(_ sample: Case) throws {
        let document = Document(id: "a.txt", source: "a.txt", text: sample.text)
        let chronology = try ChronologyBuilder().build([DocumentAnalyzer().analyze(document)])
        let event = try #require(chronology.events.first { $0.date?.value == sample.year })
        #expect(event.attributions.map { $0.lowercased() } == [sample.source.lowercased()])
        #expect(event.modality == sample.modality)
    }

    @Test func theArrestIsDatedAndTheSentenceIsADuration() throws {
        let document = Document(
            id: "a.txt", source: "a.txt", text: "Benali was arrested in 2010 and sentenced to seven years in prison.")
        let chronology = try ChronologyBuilder().build([DocumentAnalyzer().analyze(document)])
        let dated = chronology.events.filter { $0.date != nil }
        #expect(dated.count == 1)
        let arrest = try #require(dated.first)
        #expect(arrest.date?.value == "2010")
        #expect(arrest.trigger == "arrested")
        #expect(!chronology.events.contains { $0.date?.value == "P7Y" || $0.date?.precision == nil && $0.date != nil })
    }

    struct RoleCase: CustomTestStringConvertible, Sendable {
        var text: String
        var agents: [String]
        var patients: [String]
        var testDescription: String { text }
    }

    static let roleCases: [RoleCase] = [
        RoleCase(
            text: "Karim Benhaddou recruited Youssef Hajjar in 2015.", agents: ["Karim Benhaddou"],
            patients: ["Youssef Hajjar"]),
        RoleCase(
            text: "Youssef Hajjar was arrested by the Guardia Civil in 2016.", agents: ["Guardia Civil"],
            patients: ["Youssef Hajjar"]),
        RoleCase(text: "Youssef Hajjar was convicted in 2017.", agents: [], patients: ["Youssef Hajjar"]),
        RoleCase(text: "In 2018 Karim Benhaddou fled to Madrid.", agents: ["Karim Benhaddou"], patients: []),
        // A state that acts is an actor as well as a place.
        RoleCase(text: "Algeria severed diplomatic relations with Morocco in 2021.", agents: ["Algeria"], patients: []),
    ]

    @Test(arguments: roleCases) func agentsAndPatients(_ sample: RoleCase) throws {
        let document = Document(id: "a.txt", source: "a.txt", text: sample.text)
        let chronology = try ChronologyBuilder().build([DocumentAnalyzer().analyze(document)])
        let event = try #require(chronology.events.first { $0.date != nil })
        let names = { (ids: [String]) in ids.compactMap { chronology.entity($0)?.canonicalName } }
        #expect(names(event.agentIDs).map { $0.replacingOccurrences(of: "the ", with: "") } == sample.agents)
        #expect(names(event.patientIDs) == sample.patients)
        #expect(Set(event.agentIDs + event.patientIDs).isSubset(of: Set(event.actorIDs)))
    }
}
