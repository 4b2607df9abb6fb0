// Package timex finds and resolves the temporal expressions of English news
// sentences about a war: absolute dates ("November 8", "8 November 2020",
// "2020-11-08"), ranges ("November 3 and 4", "the night of 8-9 November"),
// dates relative to the publication date ("on Sunday", "yesterday", "last
// week"), "as of" dates, running totals ("since the start of the war") and
// vague periods ("early November", "in the early 90s").
//
// It promises:
//   - Find never panics; its expressions do not overlap, are sorted by Start,
//     lie inside the text, and have From <= To (both zero when unresolved).
//   - A sentence with no digit and no time word is rejected by a pre-check
//     that allocates nothing; there is no regular expression anywhere.
//   - It does not invent dates: a weekday or "yesterday" with no publication
//     date is returned with Resolved false; "a day later" and "that night"
//     are returned as Anaphoric with an Offset for the caller to apply.
//   - Words that only look like dates are left alone: "may" and "march" as
//     verbs, "We", "Sat", "Sun", unit ordinals ("the 10th mountain rifle
//     division"), designations ("T-72", "S-300", "D-30"), grouped numbers
//     ("7,095") and clock times ("at 6:00 A.M.").
//
// The rules, where the language leaves a choice:
//   - Year inference: a date written without a year takes the publication
//     year (Ref.Year when there is no publication date); when that puts it
//     more than 62 days after the publication date, the year before. So a
//     January 2021 article's "December 28" is 2020-12-28, and a December
//     article's "January 3" is the January of the same year (past events
//     dominate news copy).
//   - A weekday is the latest such day on or before the publication date (the
//     publication day itself when it matches); "last Monday" is strictly
//     before it, "next Monday" strictly after.
//   - "Tuesday night", "the night of November 8" and "Saturday evening" are
//     the one day they name. "the night of November 8-9" and "overnight into
//     Tuesday" are two-day ranges. "last night", "overnight" and "over the
//     night" with no day are the night before publication: Published-1 ..
//     Published.
//   - "last week" is the 7 days before the publication day; "the past week"
//     and "the past 7 days" end on it; "this week" runs from its Monday.
//   - "early/mid/late November" are days 1-10, 11-20, 21-end, Kind vague;
//     "early/mid/late 2020" are January-April, May-August,
//     September-December; "the early/mid/late 90s" are years 0-3, 4-6, 7-9 of
//     the decade. A two-digit decade is the latest one that began at least
//     five years before the reference year ("the 90s" in 2020 is the 1990s).
//   - "November 3 and 4" is a range when the two days are at most 3 days
//     apart (else the second day is a separate date); inside "between ... and"
//     any two dates make a range.
//   - 11/08/2020: when only one reading is a valid date it wins; when both
//     are, the one nearest the publication date without being after it; with
//     no publication date, month/day (American order). 08.11.2020 is
//     day.month.year. A yearless 24.02 (two digits each) is day.month only
//     where a date must stand: after from, between, on, since or until, or
//     as the far end of a range that opens with one ("from 24.02 to
//     20.03"); elsewhere it is read as a decimal number.
//   - A bare month ("in November") or a bare year ("in 1994") is a date only
//     after a preposition (in, during, since, by, until, of, from, through,
//     before, after); a month needs a capital letter.
//   - "since September 27" is Kind range from that day to the publication
//     date; "since the start of the war" is Kind since_start from
//     Ref.ConflictStart to the publication date. Both are unresolved when
//     the publication date is unknown.
//   - "on the 27th" (no month) is that day of the publication month, or of
//     the month before when the day is still to come; an ordinal followed by
//     a word ("the 10th mountain rifle division") is not a date.
//   - "the first day of the war", "the 8th day of the invasion" count from
//     Ref.ConflictStart (Kind date). "the first week of March" is days 1-7,
//     "the last week of April" its last seven days (Kind vague).
//   - "6, 7 and 8 November" is one range when the days are at most 3 apart.
//   - "the next day", "a day later", "the previous day", "that night", "two
//     days earlier" are Kind relative, Anaphoric, never Resolved, with the
//     day Offset from the narrative's date.
//   - Times of day alone ("in the afternoon", "at 6:00 A.M.") are not
//     returned; a clock time after "as of" is skipped ("as of 6 a.m. on
//     February 28" is February 28).
package timex
