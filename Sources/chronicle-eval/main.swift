import ChronicleKit
let dct = CalendarDate(year: 2021, month: 3, day: 4)
for line in CommandLine.arguments.dropFirst() {
    for e in TimeTagger().expressions(in: line, documentDate: dct) {
        print("\(e.text) | \(e.kind.rawValue) \(e.value) \(e.modifier?.rawValue ?? "") \(e.interval.map { "\($0.start)..\($0.end)" } ?? "-") \(e.rangeEnd?.description ?? "")")
    }
    print("--")
}
