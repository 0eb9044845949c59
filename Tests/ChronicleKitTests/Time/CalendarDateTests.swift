import ChronicleKit
import Testing

@Suite struct CalendarDateTests {
    @Test func dayNumbersRoundTrip() throws {
        for text in ["1970-01-01", "2000-02-29", "1957-08-23", "0001-01-01", "9999-12-31", "2021-03-04"] {
            let date = try #require(CalendarDate(iso: text))
            #expect(CalendarDate(dayNumber: date.dayNumber) == date)
            #expect(date.description == text)
        }
    }

    @Test func weekdaysAndWeeks() throws {
        let date = try #require(CalendarDate(iso: "2021-03-04"))
        #expect(date.weekday == 4)
        #expect(date.isoWeek.week == 9)
        #expect(CalendarDate(iso: "2021-01-01")!.isoWeek == (2020, 53))
    }

    @Test func monthArithmeticClampsToMonthEnd() {
        #expect(CalendarDate(iso: "2021-01-31")!.adding(months: 1) == CalendarDate(iso: "2021-02-28"))
        #expect(CalendarDate(iso: "2021-03-04")!.adding(months: -12) == CalendarDate(iso: "2020-03-04"))
    }
}
