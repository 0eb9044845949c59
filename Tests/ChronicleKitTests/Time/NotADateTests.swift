import ChronicleKit
import Testing

/// Numbers that only look like dates must never become one.
@Suite struct NotADateTests {
    @Test(arguments: [
        "Police broke up 2,009 smuggling rings over the decade.",
        "The fire killed 3,535 people in the city.",
        "The letter carries the number 8460/11 and a seal.",
        "The informer is listed as No. 6055 / K.M.S in the register.",
        "The fund holds 40 million euros.",
        "They marked the 200th anniversary of the corps.",
        "The tunnel is 1,998 metres long.",
        "Room 2011 was searched by the police.",
        "He paid $1999 for the phone.",
        "A 10000000000000000000000000000000000000000000000 digit number is no date.",
        "It happened on the 99th of Smarch.",
        "The file 2019/44 was closed.",
        "She remembers the year he was born.",
        "It was the year the war ended.",
        "The fall in prices hurt the farmers.",
        "The Sunday Times reported the deal.",
        "Officials said that night flights would resume.",
        "Shares were hurt by the fall in the dollar.",
        "The servers run Linux 2.6.32 now.",
        "Black Monday hit the markets hard.",
        "It happened on February 30.",
        "The first month of the war was bloody.",
        "The same period saw gains in exports.",
    ])
    func hasNoCalendarDate(_ sentence: String) {
        let found = TimeTagger().expressions(in: sentence, documentDate: CalendarDate(iso: "2021-03-04"))
        #expect(found.filter(\.isCalendarAnchor).isEmpty, "found \(found.map { "\($0.text)=\($0.value)" })")
    }

    /// Ages and rates of an amount are no lengths of time (while "a year ago" and "for a year" still are
    /// times), and "the year" as a verb's subject, in a title or before a clause about another year names
    /// no time.
    @Test(arguments: [
        "Mr. Reupke, 52 years old, had been the editor.",
        "The plan saves $500 million a year in costs.",
        "The economy created jobs at a rate of 358,000 a month.",
        "The stock pays a dividend of $1.76 a year.",
        "The year ended with a rally.",
        "He died in the year Obama was elected.",
        "She was named Person of the Year.",
        "He was voted player of the Year twice.",
        "He ate 4 in the morning and 2 at night.",
        "The index rose to 2 in the morning session.",
        "The Yankees led 5 to 2 in the afternoon game.",
        "The stock fell to 8 in the afternoon.",
        "Shares fell by 2 in the morning.",
        // Figures of wire copy: index levels, price tables, contract months, ranges, models, phones, streets.
        "The Dow recovered 102 points to 1841 in heavy trading.",
        "It ended at a closing figure of 1841.",
        "The index closed at 1841.",
        "Sumitomo rose 200 to 1440 yen.",
        "LIVE HOGS PORK BELLY APR7 1109 MAY7 2642",
        "May 1145/1148 Ba",
        "VOL OPEN CHANGE MAY 1414 6619 off 340",
        "HARD RED WINTER 1639 1635 54",
        "Choice steers weighed 1950-1990 lb.",
        "The airline flies two L-1011's.",
        "The plant is an 1150-megawatt station.",
        "Pharmacists can call 1-800-322-1887 to order.",
        "He works at 1600 Pennsylvania Avenue.",
        "The Daily Mail ran the story first.",
        "Prices rose 7.30 percent.",
    ])
    func findsNoTime(_ sentence: String) {
        let found = TimeTagger().expressions(in: sentence, documentDate: CalendarDate(iso: "2021-03-04"))
        #expect(found.isEmpty, "found \(found.map { "\($0.text)=\($0.value)" })")
    }

    /// In a report of quarterly results "the latest period" is the quarter, but not "the latest period of".
    @Test func latestPeriodOfSomethingIsNoQuarter() {
        let found = TimeTagger().expressions(
            in: "Profit rose in the quarter. The latest period of unrest was calm.",
            documentDate: CalendarDate(iso: "1989-10-26"))
        #expect(found.map(\.text) == ["the quarter"])
    }

    @Test func amountsBeforeTimesStillLeaveTheTimes() {
        let dct = CalendarDate(iso: "2021-03-04")
        let ago = TimeTagger().expressions(
            in: "Sales fell to $1 billion from $2 billion a year ago.", documentDate: dct)
        #expect(ago.map(\.value) == ["2020"])
        let span = TimeTagger().expressions(in: "He was jailed for 12 months a decade ago.", documentDate: dct)
        #expect(span.map(\.value) == ["P12M", "201"])
        let away = TimeTagger().expressions(in: "With the vote 10 a week away, they campaigned.", documentDate: dct)
        #expect(away.map(\.value) == ["P1W"])
    }

    @Test func absurdYearsAreRejected() {
        #expect(CalendarDate(year: 0, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 2021, month: 2, day: 29) == nil)
        let found = TimeTagger().expressions(in: "In 12345 and in 0999 nothing happened.", documentDate: nil)
        #expect(found.filter(\.isCalendarAnchor).isEmpty)
    }

    @Test func hugeDigitRunFinishes() {
        let digits = String(repeating: "7", count: 10_000)
        let found = TimeTagger().expressions(in: "Value \(digits) here.", documentDate: nil)
        #expect(found.isEmpty)
    }
}
