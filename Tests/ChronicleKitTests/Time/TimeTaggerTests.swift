import ChronicleKit
import Testing

/// Sentence, document date -> the TIMEX3 value the user expects.
struct TimeCase: CustomTestStringConvertible, Sendable {
    let sentence: String
    let documentDate: String?
    let text: String
    let type: String
    let value: String
    var modifier: String? = nil

    var testDescription: String { "\(text) -> \(value)" }
}

@Suite struct TimeTaggerTests {
    static let dct = "2021-03-04"  // a Thursday

    static let cases: [TimeCase] = [
        // Explicit dates in common English and numeric forms.
        .init(
            sentence: "The memo bears the date May,17, 2011, in ink.", documentDate: nil, text: "May,17, 2011",
            type: "DATE", value: "2011-05-17"),
        .init(
            sentence: "The talks opened on May 17, 2011 in Rabat.", documentDate: nil, text: "May 17, 2011",
            type: "DATE", value: "2011-05-17"),
        .init(
            sentence: "He left on 26 February 2021 by boat.", documentDate: nil, text: "26 February 2021", type: "DATE",
            value: "2021-02-26"),
        .init(
            sentence: "The memo of 2011-05-17 was leaked.", documentDate: nil, text: "2011-05-17", type: "DATE",
            value: "2011-05-17"),
        .init(
            sentence: "The form is dated 17/05/2011.", documentDate: nil, text: "17/05/2011", type: "DATE",
            value: "2011-05-17"),
        .init(
            sentence: "They met on the 3rd of March 2020.", documentDate: nil, text: "3rd of March 2020", type: "DATE",
            value: "2020-03-03"),
        .init(
            sentence: "It happened on Tuesday, March 2, 2021.", documentDate: nil, text: "Tuesday, March 2, 2021",
            type: "DATE", value: "2021-03-02"),
        // Months and years in context.
        .init(
            sentence: "The sites published it on September 2012.", documentDate: nil, text: "September 2012",
            type: "DATE", value: "2012-09"),
        .init(
            sentence: "The cult was dismantled in 2006, officials said.", documentDate: nil, text: "2006", type: "DATE",
            value: "2006"),
        .init(
            sentence: "Cells were dismantled since 2002.", documentDate: nil, text: "2002", type: "DATE", value: "2002"),
        .init(
            sentence: "Attacks in Casablanca (2004) shocked the country.", documentDate: nil, text: "2004",
            type: "DATE", value: "2004"),
        .init(
            sentence: "The vote is due in May, officials said.", documentDate: dct, text: "May", type: "DATE",
            value: "2021-05"),
        // The end of a range of months follows its start; a list need not.
        .init(
            sentence: "Cargoes ship between May and October.", documentDate: "1987-03-18", text: "October",
            type: "DATE", value: "1987-10"),
        .init(
            sentence: "The fiscal year runs April-March.", documentDate: "1987-04-02", text: "March", type: "DATE",
            value: "1988-03"),
        .init(
            sentence: "Prices fell in December, November and October.", documentDate: "1987-03-18", text: "October",
            type: "DATE", value: "1986-10"),
        .init(
            sentence: "The airline is slated for sale in June.", documentDate: "1987-03-18", text: "June", type: "DATE",
            value: "1987-06"),
        // Decades, centuries, seasons, quarters.
        .init(sentence: "It began in the 1990s.", documentDate: nil, text: "the 1990s", type: "DATE", value: "199"),
        .init(
            sentence: "It began in the early 1990s.", documentDate: nil, text: "the early 1990s", type: "DATE",
            value: "199", modifier: "START"),
        .init(
            sentence: "Banks failed in the early 1930's.", documentDate: nil, text: "early 1930's", type: "DATE",
            value: "193", modifier: "START"),
        .init(
            sentence: "Reported first quarter 1986/87 profit fell.", documentDate: "1987-03-02",
            text: "first quarter 1986", type: "DATE", value: "1986-Q1"),
        .init(
            sentence: "Trade collapsed in the 19th century.", documentDate: nil, text: "the 19th century", type: "DATE",
            value: "18"),
        .init(
            sentence: "Talks resumed in summer 2012.", documentDate: nil, text: "summer 2012", type: "DATE",
            value: "2012-SU"),
        .init(
            sentence: "Profits fell in the third quarter of 2011.", documentDate: nil, text: "third quarter of 2011",
            type: "DATE", value: "2011-Q3"),
        // Fuzzy modifiers.
        .init(
            sentence: "He was killed at the end of February 2013.", documentDate: nil, text: "the end of February 2013",
            type: "DATE", value: "2013-02", modifier: "END"),
        .init(
            sentence: "The plan changed in mid-2012.", documentDate: nil, text: "mid-2012", type: "DATE", value: "2012",
            modifier: "MID"),
        // Ranges.
        .init(
            sentence: "Agents say the raid took place on 14/15 May of 2011 near the port.", documentDate: nil,
            text: "14/15 May of 2011", type: "DATE", value: "2011-05-14"),
        // Relative to the document date.
        .init(
            sentence: "The ministry said yesterday that he left.", documentDate: dct, text: "yesterday", type: "DATE",
            value: "2021-03-03"),
        .init(sentence: "He arrived last week.", documentDate: dct, text: "last week", type: "DATE", value: "2021-W08"),
        .init(
            sentence: "It was built two years ago.", documentDate: dct, text: "two years ago", type: "DATE",
            value: "2019"),
        .init(
            sentence: "Prices rose earlier this month.", documentDate: dct, text: "earlier this month", type: "DATE",
            value: "2021-03"),
        .init(
            sentence: "The deputy spoke on Wednesday.", documentDate: dct, text: "Wednesday", type: "DATE",
            value: "2021-03-03"),
        .init(
            sentence: "The minister will sign next month.", documentDate: dct, text: "next month", type: "DATE",
            value: "2021-04"),
        .init(
            sentence: "He will fly to Paris on Monday.", documentDate: dct, text: "Monday", type: "DATE",
            value: "2021-03-08"),
        // Clock times and parts of day.
        .init(
            sentence: "On 14 May 2011 they met at eight o'clock at night.", documentDate: nil,
            text: "eight o'clock at night", type: "TIME", value: "2011-05-14T20:00"),
        .init(
            sentence: "The raid began at 10:30 a.m. on the border.", documentDate: dct, text: "10:30 a.m.",
            type: "TIME", value: "2021-03-04T10:30"),
        .init(
            sentence: "Polls close at 9 a.m. EST Tuesday, officials said.", documentDate: dct,
            text: "9 a.m. EST Tuesday", type: "TIME", value: "2021-03-02T09:00"),
        .init(
            sentence: "Bids are due by noon Friday.", documentDate: dct, text: "noon Friday", type: "TIME",
            value: "2021-03-05T12:00"),
        // 24-hour times as wire copy writes them.
        .init(
            sentence: "Talks resumed at 1000 EST, as expected.", documentDate: dct, text: "1000", type: "TIME",
            value: "2021-03-04T10:00"),
        .init(
            sentence: "Offers are due by 1550 hrs EDT, March 9.", documentDate: dct, text: "1550 hrs EDT, March 9",
            type: "TIME", value: "2021-03-09T15:50"),
        .init(
            sentence: "The session runs from 1700 to 2100 local time.", documentDate: dct, text: "1700", type: "TIME",
            value: "2021-03-04T17:00"),
        .init(
            sentence: "Trading opens at 0900 Central Time.", documentDate: dct, text: "0900", type: "TIME",
            value: "2021-03-04T09:00"),
        .init(
            sentence: "Banks must bid by 1400 GMT tomorrow.", documentDate: dct, text: "1400 GMT tomorrow",
            type: "TIME", value: "2021-03-05T14:00"),
        .init(
            sentence: "The market will open at 1030.", documentDate: dct, text: "1030", type: "TIME",
            value: "2021-03-04T10:30"),
        .init(
            sentence: "Hours move to 0720-1515 from 0800 to 1415 currently.", documentDate: dct, text: "1415",
            type: "TIME", value: "2021-03-04T14:15"),
        .init(
            sentence: "Rain was recorded up to (1200) GMT today.", documentDate: dct, text: "1200", type: "TIME",
            value: "2021-03-04T12:00"),
        .init(
            sentence: "He lost the 2010 local elections.", documentDate: dct, text: "2010", type: "DATE",
            value: "2010"),
        // Years that only sit next to the words of those rules stay years.
        .init(
            sentence: "The 1987 Wall Street crash hurt banks.", documentDate: dct, text: "1987", type: "DATE",
            value: "1987"),
        .init(
            sentence: "In 1998 150 people were killed.", documentDate: dct, text: "1998", type: "DATE", value: "1998"),
        .init(sentence: "In 2003 Sgt. Smith left.", documentDate: dct, text: "2003", type: "DATE", value: "2003"),
        .init(
            sentence: "He lost the 2010 local, state and federal elections.", documentDate: dct, text: "2010",
            type: "DATE", value: "2010"),
        .init(
            sentence: "SINCE 2001 FOR FIRST TIME", documentDate: dct, text: "2001", type: "DATE", value: "2001"),
        .init(
            sentence: "Protesters were planning to march on Saturday.", documentDate: dct, text: "Saturday",
            type: "DATE", value: "2021-03-06"),
        .init(
            sentence: "Lawyers will appeal Wednesday's ruling.", documentDate: dct, text: "Wednesday", type: "DATE",
            value: "2021-03-03"),
        // The clause's tense, read with the words around its markers.
        .init(
            sentence: "The father would be traveling to the United States Thursday with his wife.",
            documentDate: "2021-03-05", text: "Thursday", type: "DATE", value: "2021-03-11"),
        .init(
            sentence: "The offer had been due to expire Friday evening.", documentDate: dct, text: "Friday evening",
            type: "TIME", value: "2021-02-26TEV"),
        .init(
            sentence: "The peace process is set to resume Monday in Belfast.", documentDate: dct, text: "Monday",
            type: "DATE", value: "2021-03-08"),
        .init(
            sentence: "Until Thursday, they had not called him a suspect.", documentDate: "2021-03-05",
            text: "Thursday", type: "DATE", value: "2021-03-04"),
        .init(
            sentence: "Officials postponed until Tuesday any action on the case.", documentDate: dct,
            text: "Tuesday", type: "DATE", value: "2021-03-09"),
        .init(
            sentence: "The prisoners will be released Monday, a hundred of them.", documentDate: dct,
            text: "Monday", type: "DATE", value: "2021-03-08"),
        .init(
            sentence: "The vote will be held Saturday.", documentDate: dct, text: "Saturday", type: "DATE",
            value: "2021-03-06"),
        .init(
            sentence: "The two sides agreed Tuesday to resume talks next month.", documentDate: dct,
            text: "Tuesday", type: "DATE", value: "2021-03-02"),
        .init(
            sentence: "The trial had been set to begin Monday.", documentDate: dct, text: "Monday", type: "DATE",
            value: "2021-03-01"),
        .init(
            sentence: "\"Until Thursday, we had no news,\" she said.", documentDate: "2021-03-05", text: "Thursday",
            type: "DATE", value: "2021-03-04"),
        // Weekday with a part of day: that part of the day, as the TIMEX3 guidelines write it.
        .init(
            sentence: "They met on Tuesday morning in Madrid.", documentDate: dct, text: "Tuesday morning",
            type: "TIME", value: "2021-03-02TMO"),
        .init(
            sentence: "The raid began this morning.", documentDate: dct, text: "this morning", type: "TIME",
            value: "2021-03-04TMO"),
        // Financial quarters and year-ago comparisons.
        .init(
            sentence: "Third-quarter profit rose, compared with a year ago.", documentDate: "1989-10-26",
            text: "Third-quarter",
            type: "DATE", value: "1989-Q3"),
        .init(
            sentence: "Profit rose in the quarter, compared with a year ago.", documentDate: "1989-10-26",
            text: "a year ago",
            type: "DATE", value: "1988-Q3"),
        .init(
            sentence: "Sales rose in the latest quarter.", documentDate: "1989-10-26", text: "the latest quarter",
            type: "DATE", value: "1989-Q3"),
        // Vague past and future.
        .init(
            sentence: "Prices fell in recent years.", documentDate: nil, text: "recent years", type: "DATE",
            value: "PAST_REF"),
        .init(
            sentence: "Rates may rise in the near future.", documentDate: nil, text: "the near future", type: "DATE",
            value: "FUTURE_REF"),
        .init(
            sentence: "Talks will go on for the next few days.", documentDate: dct, text: "the next few days",
            type: "DURATION", value: "PXD"),
        .init(
            sentence: "Prices fell in recent months.", documentDate: nil, text: "recent months", type: "DURATION",
            value: "PXM"),
        // Holidays.
        .init(
            sentence: "The family met on Thanksgiving Day.", documentDate: "1999-12-02", text: "Thanksgiving Day",
            type: "DATE", value: "1999-11-25"),
        .init(
            sentence: "They will vote on Election Day.", documentDate: "1998-10-26", text: "Election Day", type: "DATE",
            value: "1998-11-03"),
        .init(
            sentence: "Crowds gathered at Easter 2000 in Rome.", documentDate: nil, text: "Easter 2000", type: "DATE",
            value: "2000-04-23"),
        .init(
            sentence: "He was freed last Christmas.", documentDate: "2021-03-04", text: "last Christmas", type: "DATE",
            value: "2020-12-25"),
        .init(
            sentence: "Shops close on Christmas Eve.", documentDate: nil, text: "Christmas Eve", type: "DATE",
            value: "XXXX-12-24"),
        // Financial quarters named by year.
        .init(
            sentence: "Net fell from the 1988 third quarter.", documentDate: "1989-10-26",
            text: "the 1988 third quarter", type: "DATE", value: "1988-Q3"),
        .init(
            sentence: "Net fell from the year-ago third quarter.", documentDate: "1989-10-26",
            text: "the year-ago third quarter", type: "DATE", value: "1988-Q3"),
        .init(
            sentence: "It reported a year-earlier loss of $5 million.", documentDate: "1989-05-10",
            text: "year-earlier", type: "DATE", value: "1988"),
        .init(
            sentence: "Net beat its year-ago quarter.", documentDate: "1989-10-26", text: "year-ago quarter",
            type: "DATE", value: "1988-Q3"),
        .init(
            sentence: "Net beat the year-ago fourth quarter.", documentDate: "1990-01-25",
            text: "the year-ago fourth quarter", type: "DATE", value: "1988-Q4"),
        .init(
            sentence: "Fourth-quarter results will be released next month.", documentDate: "1990-02-10",
            text: "Fourth-quarter", type: "DATE", value: "1989-Q4"),
        .init(
            sentence: "Polls open at 9 a.m. tomorrow.", documentDate: dct, text: "9 a.m. tomorrow", type: "TIME",
            value: "2021-03-05T09:00"),
        .init(
            sentence: "Sales fell from the year-earlier nine months.", documentDate: "1989-10-26",
            text: "nine months", type: "DURATION", value: "P9M"),
        .init(
            sentence: "Profit will rise in the current fiscal year.", documentDate: "1989-10-26",
            text: "the current fiscal year", type: "DATE", value: "1989"),
        .init(
            sentence: "The ship sailed a week or so ago.", documentDate: "1991-02-25", text: "a week or so ago",
            type: "DATE", value: "1991-02-18"),
        // Years in words and spelled-out decades.
        .init(
            sentence: "It was founded in nineteen ninety-six.", documentDate: nil, text: "nineteen ninety-six",
            type: "DATE", value: "1996"),
        .init(
            sentence: "Crime rose in the nineties.", documentDate: nil, text: "the nineties", type: "DATE", value: "199"
        ),
        // The nearer year for a month without one.
        .init(
            sentence: "Payment is due Dec. 15.", documentDate: "1989-11-02", text: "Dec. 15", type: "DATE",
            value: "1989-12-15"),
        .init(
            sentence: "Talks began in March.", documentDate: "1989-11-02", text: "March", type: "DATE",
            value: "1989-03"),
        // Month with a relative year, fractions, "last" before a full date.
        .init(
            sentence: "Prices peaked in June last year.", documentDate: dct, text: "June last year", type: "DATE",
            value: "2020-06"),
        .init(
            sentence: "The talks took 5 1/2 hours.", documentDate: nil, text: "5 1/2 hours", type: "DURATION",
            value: "PT5H30M"),
        .init(
            sentence: "He left last Oct. 23 for Rome.", documentDate: dct, text: "Oct. 23", type: "DATE",
            value: "2020-10-23"),
        // Ages are not durations.
        .init(
            sentence: "The 6-year-old boy arrived two years ago.", documentDate: dct, text: "two years ago",
            type: "DATE", value: "2019"),
        // Durations and sets.
        .init(
            sentence: "The court gave the smuggler seven years in prison.", documentDate: nil, text: "seven years",
            type: "DURATION", value: "P7Y"),
        .init(
            sentence: "He served three and a half years.", documentDate: nil, text: "three and a half years",
            type: "DURATION", value: "P3Y6M"),
        .init(
            sentence: "The boy will stay for two more weeks.", documentDate: nil, text: "two more weeks",
            type: "DURATION", value: "P2W"),
        .init(
            sentence: "Eight trading days after the crash, shares recovered.", documentDate: nil,
            text: "Eight trading days", type: "DURATION", value: "P8D"),
        .init(
            sentence: "The loan may be extended for an additional year.", documentDate: nil,
            text: "an additional year", type: "DURATION", value: "P1Y"),
        .init(
            sentence: "Over the next couple of years, sales will grow.", documentDate: nil,
            text: "the next couple of years", type: "DURATION", value: "P2Y"),
        .init(
            sentence: "Funds may sell bonds in the weeks ahead.", documentDate: dct, text: "the weeks ahead",
            type: "DURATION", value: "PXW"),
        // The end of the year, and the morning after a day the story named.
        .init(
            sentence: "The deal should close by year end.", documentDate: dct, text: "year end", type: "DATE",
            value: "2021", modifier: "END"),
        .init(
            sentence: "Losses have grown since year-end.", documentDate: dct, text: "year-end", type: "DATE",
            value: "2020", modifier: "END"),
        .init(
            sentence: "A year-end bonus was paid.", documentDate: dct, text: "year-end", type: "DATE", value: "2021",
            modifier: "END"),
        .init(
            sentence: "Jobs will be cut by the end of the year.", documentDate: dct, text: "the end of the year",
            type: "DATE", value: "2021", modifier: "END"),
        // "The year" of a report: the document's year, or the year-long stretch that ends on a date.
        .init(
            sentence: "For the year, sales were flat.", documentDate: dct, text: "the year", type: "DATE",
            value: "2021"),
        .init(
            sentence: "Sales for the full year rose 13%.", documentDate: dct, text: "the full year", type: "DATE",
            value: "2021"),
        .init(
            sentence: "Net income for the year ended June 30 fell.", documentDate: dct, text: "the year",
            type: "DURATION", value: "P1Y"),
        .init(
            sentence: "Sales in the latest fiscal year were $6 billion.", documentDate: dct,
            text: "the latest fiscal year", type: "DATE", value: "2020"),
        .init(
            sentence: "Rain delayed planting earlier in the year.", documentDate: dct, text: "earlier in the year",
            type: "DATE", value: "2021"),
        .init(
            sentence: "Net was 21 cts a share for the year\nEarnings exclude gains.", documentDate: dct,
            text: "the year", type: "DATE", value: "2021"),
        .init(
            sentence: "Sales should pick up later in the year.", documentDate: dct, text: "later in the year",
            type: "DATE", value: "2021"),
        .init(
            sentence: "Sales should pick up later in the year.", documentDate: nil, text: "later in the year",
            type: "DATE", value: "XXXX"),
        .init(
            sentence: "Earnings will be lower for the fiscal year.", documentDate: dct, text: "the fiscal year",
            type: "DATE", value: "2021"),
        .init(
            sentence: "Margins should widen throughout the fiscal year.", documentDate: dct, text: "the fiscal year",
            type: "DURATION", value: "P1Y"),
        .init(
            sentence: "The fiscal year ended June 30 was its best.", documentDate: dct, text: "The fiscal year",
            type: "DURATION", value: "P1Y"),
        .init(
            sentence: "Sales in the latest fiscal year ended June 30 rose.", documentDate: dct,
            text: "the latest fiscal year", type: "DATE", value: "2020"),
        .init(
            sentence: "Profit rose in the quarter. Sales in the latest period rose 5%.", documentDate: "1989-10-26",
            text: "the latest period", type: "DATE", value: "1989-Q3"),
        .init(
            sentence: "He was arrested on 22 February 2021 and appeared in court the next morning.",
            documentDate: dct, text: "the next morning", type: "DATE", value: "2021-02-23"),
        .init(
            sentence: "He left the house at 4 in the morning.", documentDate: dct, text: "4 in the morning",
            type: "TIME", value: "2021-03-04T04:00"),
        .init(
            sentence: "The talks ended at eight in the evening.", documentDate: dct, text: "eight in the evening",
            type: "TIME", value: "2021-03-04T20:00"),
        .init(
            sentence: "He came home at 12 at night.", documentDate: dct, text: "12 at night", type: "TIME",
            value: "2021-03-04T00:00"),
        .init(
            sentence: "They met between 3 and 4 in the morning.", documentDate: dct, text: "4 in the morning",
            type: "TIME", value: "2021-03-04T04:00"),
        .init(
            sentence: "Work ran from 10 in the morning to 3 in the afternoon.", documentDate: dct,
            text: "3 in the afternoon", type: "TIME", value: "2021-03-04T15:00"),
        .init(
            sentence: "The raid lasted three hours.", documentDate: nil, text: "three hours", type: "DURATION",
            value: "PT3H"),
        .init(
            sentence: "The council meets every Monday.", documentDate: nil, text: "every Monday", type: "SET",
            value: "XXXX-WXX-1"),
        .init(
            sentence: "The report is published annually.", documentDate: nil, text: "annually", type: "SET",
            value: "P1Y"),
        // A weekday with its part of the day is a TIME of that day; the past and the end of a month whole.
        .init(
            sentence: "Police raided the flat Friday night.", documentDate: dct, text: "Friday night", type: "TIME",
            value: "2021-02-26TNI"),
        .init(
            sentence: "The minister will speak Monday morning.", documentDate: dct, text: "Monday morning",
            type: "TIME", value: "2021-03-08TMO"),
        .init(
            sentence: "Prices doubled over the past 20 years.", documentDate: dct, text: "the past 20 years",
            type: "DURATION", value: "P20Y"),
        .init(
            sentence: "Nobody slept in the last twenty four hours.", documentDate: dct,
            text: "the last twenty four hours", type: "DURATION", value: "PT24H"),
        .init(
            sentence: "The search took a minute and a half.", documentDate: dct, text: "a minute and a half",
            type: "DURATION", value: "PT1M30S"),
        .init(
            sentence: "The ceasefire should hold until the end of the month.", documentDate: dct,
            text: "the end of the month", type: "DATE", value: "2021-03", modifier: "END"),
        .init(
            sentence: "The station opened in January nineteen ninety-seven.", documentDate: dct,
            text: "January nineteen ninety-seven", type: "DATE", value: "1997-01"),
        .init(
            sentence: "Troops moved in the winter of nineteen ninety-four.", documentDate: dct,
            text: "the winter of nineteen ninety-four", type: "DATE", value: "1994-WI"),
        // Parts of other periods, spelled days, "the" of a named period, and the past of "died".
        .init(
            sentence: "The last day of 2010 was cold.", documentDate: dct, text: "The last day of 2010", type: "DATE",
            value: "2010-12-31"),
        .init(
            sentence: "In the first week of June 2010, it rained.", documentDate: dct,
            text: "the first week of June 2010", type: "DATE", value: "2010-W22"),
        .init(
            sentence: "The meeting was held on the third of March 2011.", documentDate: dct,
            text: "third of March 2011", type: "DATE", value: "2011-03-03"),
        .init(
            sentence: "September the 12th was cold.", documentDate: dct, text: "September the 12th", type: "DATE",
            value: "2020-09-12"),
        .init(
            sentence: "Profits rose in the first quarter.", documentDate: dct, text: "the first quarter",
            type: "DATE", value: "2021-Q1"),
        .init(
            sentence: "Profits fell in the first nine months.", documentDate: dct, text: "the first nine months",
            type: "DURATION", value: "P9M"),
        .init(
            sentence: "The building dates from the late 1980s.", documentDate: dct, text: "the late 1980s",
            type: "DATE", value: "198", modifier: "END"),
        .init(
            sentence: "It was built last century.", documentDate: dct, text: "last century", type: "DATE",
            value: "19"),
        .init(sentence: "He died in June.", documentDate: dct, text: "June", type: "DATE", value: "2020-06"),
        // A month alone takes the year written earlier in its sentence, or after it in a pair.
        .init(
            sentence: "He died in May 2010 and was buried in June.", documentDate: dct, text: "June", type: "DATE",
            value: "2010-06"),
        .init(
            sentence: "Prices rose from November to February 2011.", documentDate: dct, text: "November",
            type: "DATE", value: "2010-11"),
        .init(
            sentence: "Prices rose in March and April 2011.", documentDate: dct, text: "March", type: "DATE",
            value: "2011-03"),
        // A clock time before its day, and the ways clock times are written.
        .init(
            sentence: "They met at 3 p.m. on Tuesday.", documentDate: dct, text: "3 p.m.", type: "TIME",
            value: "2021-03-02T15:00"),
        .init(
            sentence: "They met at 3:30PM in Rabat.", documentDate: dct, text: "3:30PM", type: "TIME",
            value: "2021-03-04T15:30"),
        .init(
            sentence: "The train left at 7.30pm sharp.", documentDate: dct, text: "7.30pm", type: "TIME",
            value: "2021-03-04T19:30"),
        .init(
            sentence: "The train left at 3.30 p.m. sharp.", documentDate: dct, text: "3.30 p.m.", type: "TIME",
            value: "2021-03-04T15:30"),
        // Some time ago, half years ago, and frequencies.
        .init(
            sentence: "A few years ago, he left.", documentDate: dct, text: "A few years ago", type: "DATE",
            value: "PAST_REF"),
        .init(
            sentence: "Decades ago, the port was built.", documentDate: dct, text: "Decades ago", type: "DATE",
            value: "PAST_REF"),
        .init(
            sentence: "Two and a half years ago, he left.", documentDate: dct, text: "Two and a half years ago",
            type: "DATE", value: "2018-09"),
        .init(
            sentence: "The council meets twice a week.", documentDate: dct, text: "twice a week", type: "SET",
            value: "P1W"),
        .init(
            sentence: "Inspectors come three times a year.", documentDate: dct, text: "three times a year",
            type: "SET", value: "P1Y"),
        .init(
            sentence: "Guards patrol every night.", documentDate: dct, text: "every night", type: "SET",
            value: "XXXX-XX-XXTNI"),
        .init(
            sentence: "Prices rose in the fall.", documentDate: dct, text: "the fall", type: "DATE", value: "2020-FA"),
        // Dotted, slashed and hyphenated dates; days around the document's; narrative nights; more sets.
        .init(
            sentence: "The report was dated 17.05.2011 in Brussels.", documentDate: dct, text: "17.05.2011",
            type: "DATE", value: "2011-05-17"),
        .init(
            sentence: "The file was opened 2011/05/17 at noon.", documentDate: dct, text: "2011/05/17", type: "DATE",
            value: "2011-05-17"),
        .init(
            sentence: "The visa expired on 17-May-2011.", documentDate: dct, text: "17-May-2011", type: "DATE",
            value: "2011-05-17"),
        .init(
            sentence: "He arrived the day before yesterday.", documentDate: dct, text: "the day before yesterday",
            type: "DATE", value: "2021-03-02"),
        .init(
            sentence: "The port was raided on 5 May 1990. That night, the city fell.", documentDate: dct,
            text: "That night", type: "TIME", value: "1990-05-05TNI"),
        .init(
            sentence: "He arrived this past weekend.", documentDate: dct, text: "this past weekend", type: "DATE",
            value: "2021-W08-WE"),
        .init(
            sentence: "The fair opens each March.", documentDate: dct, text: "each March", type: "SET",
            value: "XXXX-03"),
        .init(
            sentence: "Prices doubled over the past decade.", documentDate: dct, text: "the past decade",
            type: "DURATION", value: "P10Y"),
        .init(
            sentence: "One day he will come back.", documentDate: dct, text: "One day", type: "DATE",
            value: "FUTURE_REF"),
        .init(
            sentence: "The company had revenues last year of 1.2 billion dlrs.", documentDate: dct,
            text: "last year", type: "DATE", value: "2020"),
        .init(
            sentence: "In March 12 people were killed.", documentDate: dct, text: "March", type: "DATE",
            value: "2021-03"),
        .init(
            sentence: "A third of March sales went abroad.", documentDate: dct, text: "March", type: "DATE",
            value: "2021-03"),
        .init(
            sentence: "Exports fell in September the 10th consecutive monthly decline.", documentDate: dct,
            text: "September", type: "DATE", value: "2020-09"),
        // Weeks back: a day for one or two, the week for more.
        .init(
            sentence: "He was seen two weeks ago.", documentDate: dct, text: "two weeks ago", type: "DATE",
            value: "2021-02-18"),
        .init(
            sentence: "He was seen six weeks ago.", documentDate: dct, text: "six weeks ago", type: "DATE",
            value: "2021-W03"),
        // Plans and earliest dates look ahead.
        .init(
            sentence: "His father could come from Cuba as early as Tuesday.", documentDate: dct, text: "Tuesday",
            type: "DATE", value: "2021-03-09"),
        .init(
            sentence: "The shares are to resume trading in Paris Tuesday.", documentDate: dct, text: "Tuesday",
            type: "DATE", value: "2021-03-09"),
        .init(
            sentence: "The deal was struck the previous Friday.", documentDate: "1989-10-27",
            text: "the previous Friday", type: "DATE", value: "1989-10-20"),
        // "as early as" looks ahead only when nothing else in the clause says the tense.
        .init(
            sentence: "The company knew of the problem as early as June.", documentDate: "1989-10-27",
            text: "June", type: "DATE", value: "1989-06"),
        .init(
            sentence: "Police were warned as early as Tuesday.", documentDate: dct, text: "Tuesday", type: "DATE",
            value: "2021-03-02"),
        // Outside a report of quarterly results a "period" is no quarter, and a quarter-final never is.
        .init(
            sentence: "Sales in the week to Oct 21 rose from the same period last year.", documentDate: "1989-10-27",
            text: "last year", type: "DATE", value: "1988"),
        .init(
            sentence: "He lost last year's quarter-final in Rabat.", documentDate: "1989-10-27", text: "last year",
            type: "DATE", value: "1988"),
        .init(
            sentence: "Last year's period of unrest ended in May.", documentDate: "1989-10-27", text: "Last year",
            type: "DATE", value: "1988"),
        // A year's quarter or half, and the same quarter a year back.
        .init(
            sentence: "Profit in this year's third quarter fell.", documentDate: "1989-10-27",
            text: "this year's third quarter", type: "DATE", value: "1989-Q3"),
        .init(
            sentence: "Gains are due in next year's first half.", documentDate: "1989-10-27",
            text: "next year's first half", type: "DATE", value: "1990-H1"),
        .init(
            sentence: "Sales in last year's quarter were $3 million.", documentDate: "1989-10-27",
            text: "last year's quarter", type: "DATE", value: "1988-Q3"),
        .init(
            sentence: "Third-quarter sales rose from the corresponding period last year.", documentDate: "1989-10-27",
            text: "the corresponding period last year", type: "DATE", value: "1988-Q3"),
        .init(
            sentence: "Sales in the third quarter last year rose.", documentDate: "1989-10-27",
            text: "the third quarter last year", type: "DATE", value: "1988-Q3"),
        .init(
            sentence: "Last year's election was close.", documentDate: "1989-10-27", text: "Last year", type: "DATE",
            value: "1988"),
        // Reference values.
        .init(sentence: "He is now in exile.", documentDate: nil, text: "now", type: "DATE", value: "PRESENT_REF"),
        .init(sentence: "He recently resigned.", documentDate: nil, text: "recently", type: "DATE", value: "PAST_REF"),
    ]

    @Test(arguments: cases)
    func normalizes(_ example: TimeCase) throws {
        let found = TimeTagger().expressions(
            in: example.sentence, documentDate: example.documentDate.flatMap { CalendarDate(iso: $0) })
        let match = try #require(found.first { $0.text == example.text }, "found \(found.map(\.text))")
        #expect(match.kind.rawValue == example.type)
        #expect(match.value == example.value)
        #expect(match.modifier?.rawValue == example.modifier)
    }

    @Test func narrativeAnchorResolvesTheFollowingYear() {
        let found = TimeTagger().expressions(
            in: "The unit was formed in 2006. The following year it was dissolved.",
            documentDate: CalendarDate(iso: "2021-03-04"))
        #expect(found.map(\.value) == ["2006", "2007"])
    }

    @Test func laterInTheYearFollowsAPastStoryElseTheDocument() {
        let dct = CalendarDate(iso: "2000-04-05")
        let story = TimeTagger().expressions(
            in: "In 1995 he moved to Paris. Later in the year he married.", documentDate: dct)
        #expect(story.map(\.value) == ["1995", "1995"])
        let forecast = TimeTagger().expressions(
            in: "Sales rose in 1999. Analysts see a dropoff later in the year.", documentDate: dct)
        #expect(forecast.map(\.value) == ["1999", "2000"])
        // A date worked out from another leaves no written-out year to follow.
        let relative = TimeTagger().expressions(
            in: "He was born in 1950. He was arrested on Tuesday. Later in the year he was released.",
            documentDate: dct)
        #expect(relative.map(\.value) == ["1950", "2000-04-04", "2000"])
        let following = TimeTagger().expressions(
            in: "In 1995 he moved. Later in the year following his election, he resigned.", documentDate: dct)
        #expect(following.map(\.value) == ["1995"])
    }

    @Test func namedDayWithItsPartMovesTheStory() {
        let found = TimeTagger().expressions(
            in: "Police raided the flat Friday night. The following day he was charged.",
            documentDate: CalendarDate(iso: "2021-03-04"))
        #expect(found.map(\.value) == ["2021-02-26TNI", "2021-02-27"])
    }

    @Test func twoDayRangeCoversBothDays() throws {
        let found = TimeTagger().expressions(in: "Divers searched the wreck on 14/15 May of 2011.", documentDate: nil)
        let range = try #require(found.first)
        #expect(
            range.interval
                == DayInterval(start: CalendarDate(iso: "2011-05-14")!, end: CalendarDate(iso: "2011-05-15")!))
    }

    @Test func relativeDatesWithoutDocumentDateStayUnanchored() {
        let found = TimeTagger().expressions(
            in: "The ministry said yesterday that he left last week.", documentDate: nil)
        #expect(found.map(\.value) == ["XXXX-XX-XX", "XXXX-WXX"])
        #expect(found.allSatisfy { $0.interval == nil })
    }
}
