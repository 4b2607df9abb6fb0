package timex

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

func date(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// karabakh and ukraine are references for an article of each profile
// published on pub ("" for none).
func karabakh(pub string) Ref {
	return Ref{Published: date(pub), Year: 2020, ConflictStart: date("2020-09-27")}
}

func ukraine(pub string) Ref {
	return Ref{Published: date(pub), Year: 2022, ConflictStart: date("2022-02-24")}
}

// show renders an expression as "text|kind|from..to" for table tests.
func show(e Expr) string {
	const d = "2006-01-02"
	switch {
	case e.Anaphoric:
		return fmt.Sprintf("%s|%s|anaphoric%+d", e.Text, e.Kind, e.Offset)
	case !e.Resolved:
		return fmt.Sprintf("%s|%s|unresolved", e.Text, e.Kind)
	case e.From.Equal(e.To):
		return fmt.Sprintf("%s|%s|%s", e.Text, e.Kind, e.From.Format(d))
	}
	return fmt.Sprintf("%s|%s|%s..%s", e.Text, e.Kind, e.From.Format(d), e.To.Format(d))
}

type findCase struct {
	name string
	text string
	ref  Ref
	want []string
}

func runCases(t *testing.T, cases []findCase) {
	t.Helper()
	seen := map[string]bool{}
	for _, tc := range cases {
		if seen[tc.name] {
			t.Fatalf("duplicate case name %q", tc.name)
		}
		seen[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range Find(tc.text, tc.ref) {
				if e.Text != tc.text[e.Start:e.End] {
					t.Errorf("Text %q is not text[%d:%d]", e.Text, e.Start, e.End)
				}
				got = append(got, show(e))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Find(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// Karabakh articles are mostly dated Monday 2020-11-09; Ukraine articles
// Wednesday 2022-03-02.
const (
	kPub = "2020-11-09"
	uPub = "2022-03-02"
)

func TestFindAbsolute(t *testing.T) {
	runCases(t, []findCase{
		{"month_day", "Azerbaijani drones struck a convoy near Lachin on November 8.", karabakh(kPub),
			[]string{"on November 8|date|2020-11-08"}},
		{"month_abbrev_dot", "Fighting resumed near Fuzuli on Nov. 6, officials said.", karabakh(kPub),
			[]string{"on Nov. 6|date|2020-11-06"}},
		{"day_month", "Armenian units pulled back from Hadrut on 8 November.", karabakh(kPub),
			[]string{"on 8 November|date|2020-11-08"}},
		{"month_ordinal", "The ministry said on November 8th that the road was cut.", karabakh(kPub),
			[]string{"on November 8th|date|2020-11-08"}},
		{"month_day_year", "Troops entered the city on November 8, 2020, according to Baku.", karabakh(kPub),
			[]string{"on November 8, 2020|date|2020-11-08"}},
		{"day_month_year", "Russian troops crossed the border on 24 February 2022.", ukraine(uPub),
			[]string{"on 24 February 2022|date|2022-02-24"}},
		{"iso", "The statement dated 2022-02-27 listed Russian losses.", ukraine(uPub),
			[]string{"2022-02-27|date|2022-02-27"}},
		{"slash_both_readings_nearest_past", "A report filed 03/01/2022 described shelling in Kharkiv.", ukraine(uPub),
			[]string{"03/01/2022|date|2022-03-01"}},
		{"slash_day_month_only", "The update of 25/02/2022 mentioned Hostomel.", ukraine(uPub),
			[]string{"25/02/2022|date|2022-02-25"}},
		{"slash_no_pub_month_first", "The strike of 11/08/2020 hit Ganja.", karabakh(""),
			[]string{"11/08/2020|date|2020-11-08"}},
		{"dotted_day_month_year", "Kyiv said on 26.02.2022 that the airport was retaken.", ukraine(uPub),
			[]string{"on 26.02.2022|date|2022-02-26"}},
		{"on_ordinal_september", "Fighting broke out on September 27th along the whole line.", karabakh("2020-09-29"),
			[]string{"on September 27th|date|2020-09-27"}},
		{"the_ordinal_of_month", "Shelling resumed on the 8th of November near Martuni.", karabakh(kPub),
			[]string{"on the 8th of November|date|2020-11-08"}},
		{"in_the_afternoon_of", "Shelling began in the afternoon of October 4 near Stepanakert.", karabakh(kPub),
			[]string{"in the afternoon of October 4|date|2020-10-04"}},
		{"on_the_evening_of", "Artillery hit the bridge on the evening of November 7, residents said.", karabakh(kPub),
			[]string{"on the evening of November 7|date|2020-11-07"}},
		{"early_hours_of", "Missiles hit Kyiv in the early hours of 25 February.", ukraine(uPub),
			[]string{"in the early hours of 25 February|date|2022-02-25"}},
		{"two_full_dates_and", "Drones destroyed two radars on October 14 and October 15.", karabakh(kPub),
			[]string{"on October 14 and October 15|range|2020-10-14..2020-10-15"}},
		{"month_day_and_day", "Drones destroyed two radars on October 14 and 15.", karabakh(kPub),
			[]string{"on October 14 and 15|range|2020-10-14..2020-10-15"}},
		{"day_and_day_month", "Kharkiv was shelled on 27 and 28 February.", ukraine(uPub),
			[]string{"on 27 and 28 February|range|2022-02-27..2022-02-28"}},
		{"and_far_apart_is_a_list", "Strikes were reported on October 3 and October 20.", karabakh(kPub),
			[]string{"on October 3|date|2020-10-03", "October 20|date|2020-10-20"}},
		{"list_of_days_day_first", "Heavy fighting raged around the town on 6, 7 and 8 November.", karabakh(kPub),
			[]string{"on 6, 7 and 8 November|range|2020-11-06..2020-11-08"}},
		{"list_of_days_month_first", "Strikes hit Ganja on October 4, 5, and 6.", karabakh(kPub),
			[]string{"on October 4, 5, and 6|range|2020-10-04..2020-10-06"}},
		{"day_comma_count_is_not_a_list", "On November 6, 7 soldiers were wounded.", karabakh(kPub),
			[]string{"On November 6|date|2020-11-06"}},
		{"hyphen_range", "Clashes on October 20-21 left dozens dead.", karabakh(kPub),
			[]string{"on October 20-21|range|2020-10-20..2020-10-21"}},
		{"en_dash_day_first", "Columns were seen near Bucha on 26–27 February.", ukraine(uPub),
			[]string{"on 26–27 February|range|2022-02-26..2022-02-27"}},
		{"cross_month_dash", "The offensive on November 30 - December 1 failed.", karabakh("2020-12-05"),
			[]string{"on November 30 - December 1|range|2020-11-30..2020-12-01"}},
		{"during_the_night_of", "During the night of 26-27 February, Russian troops tried to storm Kharkiv.", ukraine(uPub),
			[]string{"During the night of 26-27 February|range|2022-02-26..2022-02-27"}},
		{"on_the_night_of_to", "Saboteurs were caught on the night of 1 to 2 March.", ukraine(uPub),
			[]string{"on the night of 1 to 2 March|range|2022-03-01..2022-03-02"}},
		{"night_of_single_day", "The depot burned on the night of October 10.", karabakh(kPub),
			[]string{"on the night of October 10|date|2020-10-10"}},
		{"overnight_on_range", "Overnight on October 16-17, a missile hit Ganja.", karabakh(kPub),
			[]string{"Overnight on October 16-17|range|2020-10-16..2020-10-17"}},
		{"from_to_full", "The corridor was closed from October 1 to October 5.", karabakh(kPub),
			[]string{"from October 1 to October 5|range|2020-10-01..2020-10-05"}},
		{"from_to_day_first", "The corridor was closed from 1 to 5 October.", karabakh(kPub),
			[]string{"from 1 to 5 October|range|2020-10-01..2020-10-05"}},
		{"between_month_first", "Most villages fell between October 10 and 12.", karabakh(kPub),
			[]string{"between October 10 and 12|range|2020-10-10..2020-10-12"}},
		{"between_day_first_far", "Most villages fell between 1 and 20 October.", karabakh(kPub),
			[]string{"between 1 and 20 October|range|2020-10-01..2020-10-20"}},
		{"from_to_cross_month", "Shelling went on from 30 September to 2 October.", karabakh(kPub),
			[]string{"from 30 September to 2 October|range|2020-09-30..2020-10-02"}},
		{"early_month", "The front moved south in early October.", karabakh(kPub),
			[]string{"in early October|vague|2020-10-01..2020-10-10"}},
		{"mid_month", "Talks in Moscow failed in mid-October.", karabakh(kPub),
			[]string{"in mid-October|vague|2020-10-11..2020-10-20"}},
		{"late_month_by", "By late October, Azerbaijani forces had reached the border.", karabakh(kPub),
			[]string{"late October|vague|2020-10-21..2020-10-31"}},
		{"first_week_of_month", "In the first week of March, two million people fled.", ukraine("2022-03-20"),
			[]string{"In the first week of March|vague|2022-03-01..2022-03-07"}},
		{"last_week_of_month", "Kyiv was quiet in the last week of April.", ukraine("2022-05-20"),
			[]string{"in the last week of April|vague|2022-04-24..2022-04-30"}},
		{"end_of_month", "Supplies ran out at the end of October.", karabakh(kPub),
			[]string{"at the end of October|vague|2020-10-21..2020-10-31"}},
		{"month_year", "Clashes first flared in July 2020 near Tovuz.", karabakh(kPub),
			[]string{"in July 2020|date|2020-07-01..2020-07-31"}},
		{"as_of_month_year", "As of September 2020, the region was held by Armenian forces.", karabakh("2020-09-29"),
			[]string{"As of September 2020|as_of|2020-09-01..2020-09-30"}},
		{"year_alone", "The previous war in the region ended in 1994.", karabakh(kPub),
			[]string{"in 1994|date|1994-01-01..1994-12-31"}},
		{"early_90s", "Armenia took control of the region in the early 90s.", karabakh(kPub),
			[]string{"in the early 90s|vague|1990-01-01..1993-12-31"}},
		{"decade_four_digits", "Thousands fled in the 1990s.", karabakh(kPub),
			[]string{"in the 1990s|vague|1990-01-01..1999-12-31"}},
		{"month_of_year", "The truce signed in May of 1994 held for decades.", karabakh(kPub),
			[]string{"in May of 1994|date|1994-05-01..1994-05-31"}},
		{"late_year", "Russia massed troops along the border in late 2021.", ukraine(uPub),
			[]string{"in late 2021|vague|2021-09-01..2021-12-31"}},
		{"mid_year", "The buildup began in mid-2021.", ukraine(uPub),
			[]string{"in mid-2021|vague|2021-05-01..2021-08-31"}},
		{"victory_day_may", "A parade was held on May 9 in Moscow.", ukraine("2022-05-12"),
			[]string{"on May 9|date|2022-05-09"}},
		{"bare_month_after_in", "Mariupol was encircled in March.", ukraine("2022-05-20"),
			[]string{"in March|date|2022-03-01..2022-03-31"}},
		{"season_of_year", "The counteroffensive was expected in the summer of 2022.", ukraine("2022-04-01"),
			[]string{"in the summer of 2022|vague|2022-06-01..2022-08-31"}},
		{"year_range", "The Donbas front was static from 2015 to 2021.", ukraine(uPub),
			[]string{"from 2015 to 2021|range|2015-01-01..2021-12-31"}},
		{"all_caps_month", "NOVEMBER 8: Shusha falls.", karabakh(kPub),
			[]string{"NOVEMBER 8|date|2020-11-08"}},
		{"abbrev_ordinal_year", "On Feb. 24th, 2022, the invasion began.", ukraine(uPub),
			[]string{"On Feb. 24th, 2022|date|2022-02-24"}},
		{"weekday_day_month_no_comma", "Kyiv was calm on Saturday 26 February.", ukraine(uPub),
			[]string{"on Saturday 26 February|date|2022-02-26"}},
		{"two_dates_one_sentence", "The attack started on in the morning of September 27 and as of September 28, the army held seven villages.", karabakh("2020-09-29"),
			[]string{"in the morning of September 27|date|2020-09-27", "as of September 28|as_of|2020-09-28"}},
		{"weekday_with_date", "Kyiv was struck again on Sunday, February 27.", ukraine(uPub),
			[]string{"on Sunday, February 27|date|2022-02-27"}},
		{"weekday_with_date_parenthesis", "Shusha was shelled on Sunday (November 8).", karabakh(""),
			[]string{"on Sunday (November 8)|date|2020-11-08"}},
	})
}

func TestFindYearInference(t *testing.T) {
	runCases(t, []findCase{
		{"same_year", "The village was retaken on October 30.", karabakh(kPub),
			[]string{"on October 30|date|2020-10-30"}},
		{"december_in_january_article", "On December 28, a drone hit a checkpoint.", Ref{Published: date("2021-01-12"), Year: 2020},
			[]string{"On December 28|date|2020-12-28"}},
		{"january_in_december_article", "The exchange of bodies began on January 3.", Ref{Published: date("2020-12-20"), Year: 2020},
			[]string{"on January 3|date|2020-01-03"}},
		{"within_62_days_ahead", "Talks are planned for April 20 in Istanbul.", ukraine(uPub),
			[]string{"April 20|date|2022-04-20"}},
		{"beyond_62_days_is_last_year", "Drills were held on May 20 near the border.", ukraine(uPub),
			[]string{"on May 20|date|2021-05-20"}},
		{"profile_year_without_pub", "Shusha fell on November 8.", karabakh(""),
			[]string{"on November 8|date|2020-11-08"}},
		{"no_year_at_all", "Shusha fell on November 8.", Ref{},
			[]string{"on November 8|date|unresolved"}},
		{"range_year_at_end", "Satellites saw tents from 30 November to 2 December 2021.", ukraine(uPub),
			[]string{"from 30 November to 2 December 2021|range|2021-11-30..2021-12-02"}},
		{"range_across_new_year", "A lull held between December 30 and January 2.", Ref{Published: date("2021-01-10"), Year: 2020},
			[]string{"between December 30 and January 2|range|2020-12-30..2021-01-02"}},
		{"bare_month_near_ahead", "The mission will start in November.", karabakh("2020-09-29"),
			[]string{"in November|date|2020-11-01..2020-11-30"}},
		{"bare_month_far_ahead_is_last_year", "Border clashes were also reported in December.", karabakh("2020-09-29"),
			[]string{"in December|date|2019-12-01..2019-12-31"}},
		{"month_last_year", "The exercises took place in November last year.", ukraine(uPub),
			[]string{"in November last year|date|2021-11-01..2021-11-30"}},
	})
}

func TestFindRelative(t *testing.T) {
	runCases(t, []findCase{
		{"tuesday_night_in_wednesday_article", "Russian forces shelled Kharkiv on Tuesday night.", ukraine(uPub),
			[]string{"on Tuesday night|relative|2022-03-01"}},
		{"weekday_equal_to_pub_is_pub", "The convoy stalled on Wednesday north of Kyiv.", ukraine(uPub),
			[]string{"on Wednesday|relative|2022-03-02"}},
		{"last_weekday_equal_to_pub", "Sirens sounded last Wednesday in Lviv.", ukraine(uPub),
			[]string{"last Wednesday|relative|2022-02-23"}},
		{"monday_morning", "A missile struck the square on Monday morning.", ukraine(uPub),
			[]string{"on Monday morning|relative|2022-02-28"}},
		{"sunday_in_monday_article", "Azerbaijani units stormed the heights on Sunday.", karabakh(kPub),
			[]string{"on Sunday|relative|2020-11-08"}},
		{"saturday_evening", "The ministry said clashes broke out on Saturday evening.", karabakh(kPub),
			[]string{"on Saturday evening|relative|2020-11-07"}},
		{"early_weekday", "Explosions were heard early Thursday in the capital.", ukraine("2022-02-24"),
			[]string{"early Thursday|relative|2022-02-24"}},
		{"next_weekday", "The delegations will meet next Friday.", ukraine(uPub),
			[]string{"next Friday|relative|2022-03-04"}},
		{"weekday_range", "Kherson was besieged from Monday to Wednesday.", ukraine(uPub),
			[]string{"from Monday to Wednesday|relative|2022-02-28..2022-03-02"}},
		{"today", "Ukrainian officials said today that the line holds.", ukraine(uPub),
			[]string{"today|relative|2022-03-02"}},
		{"tonight", "A curfew begins tonight in Kyiv.", ukraine(uPub),
			[]string{"tonight|relative|2022-03-02"}},
		{"this_morning", "Three drones were downed this morning.", karabakh(kPub),
			[]string{"this morning|relative|2020-11-09"}},
		{"yesterday_evening", "Shelling hit Stepanakert yesterday evening.", karabakh(kPub),
			[]string{"yesterday evening|relative|2020-11-08"}},
		{"day_before_yesterday", "The bridge was blown up the day before yesterday.", ukraine(uPub),
			[]string{"the day before yesterday|relative|2022-02-28"}},
		{"last_night", "Air raid sirens sounded last night across the country.", ukraine(uPub),
			[]string{"last night|relative|2022-03-01..2022-03-02"}},
		{"overnight_bare", "Explosions were heard overnight in Kyiv.", ukraine(uPub),
			[]string{"overnight|relative|2022-03-01..2022-03-02"}},
		{"over_the_night", "Over the night, the enemy shelled Martuni.", karabakh(kPub),
			[]string{"Over the night|relative|2020-11-08..2020-11-09"}},
		{"overnight_into_weekday", "Fighting raged overnight into Tuesday near Sumy.", ukraine(uPub),
			[]string{"overnight into Tuesday|relative|2022-02-28..2022-03-01"}},
		{"last_week", "Ukraine said it downed six jets last week.", ukraine(uPub),
			[]string{"last week|relative|2022-02-23..2022-03-01"}},
		{"this_week", "The Red Cross visited Mariupol this week.", ukraine(uPub),
			[]string{"this week|relative|2022-02-28..2022-03-02"}},
		{"earlier_this_week", "Earlier this week, Russian troops entered Kherson.", ukraine(uPub),
			[]string{"Earlier this week|relative|2022-02-28..2022-03-01"}},
		{"two_days_ago", "The tower was hit two days ago.", ukraine(uPub),
			[]string{"two days ago|relative|2022-02-28"}},
		{"a_week_ago", "The first column crossed a week ago.", ukraine(uPub),
			[]string{"a week ago|relative|2022-02-23"}},
		{"past_24_hours", "Ten strikes were recorded in the past 24 hours.", ukraine(uPub),
			[]string{"in the past 24 hours|relative|2022-03-01..2022-03-02"}},
		{"over_the_past_week", "Over the past week, 800 civilians fled.", ukraine(uPub),
			[]string{"Over the past week|relative|2022-02-23..2022-03-02"}},
		{"last_month", "Troops were moved to Belarus last month.", ukraine(uPub),
			[]string{"last month|relative|2022-02-01..2022-02-28"}},
		{"this_year", "Casualties this year exceed the total of 2021.", ukraine(uPub),
			[]string{"this year|relative|2022-01-01..2022-03-02", "2021|date|2021-01-01..2021-12-31"}},
		{"over_the_weekend", "Kyiv repelled raids over the weekend.", ukraine(uPub),
			[]string{"over the weekend|relative|2022-02-26..2022-02-27"}},
		{"a_day_later", "A day later, the town was shelled again.", karabakh(kPub),
			[]string{"A day later|relative|anaphoric+1"}},
		{"the_next_day", "The next day, Armenian units counterattacked.", karabakh(kPub),
			[]string{"The next day|relative|anaphoric+1"}},
		{"the_previous_day", "The strike followed a raid the previous day.", karabakh(kPub),
			[]string{"the previous day|relative|anaphoric-1"}},
		{"that_night", "That night the garrison withdrew.", karabakh(kPub),
			[]string{"That night|relative|anaphoric+0"}},
		{"two_days_later", "Two days later, the corridor was cut.", karabakh(kPub),
			[]string{"Two days later|relative|anaphoric+2"}},
		{"this_past_sunday", "Two villages were retaken this past Sunday.", ukraine(uPub),
			[]string{"this past Sunday|relative|2022-02-27"}},
		{"the_past_weekend_on_sunday", "Kyiv held out over the past weekend.", ukraine("2022-02-27"),
			[]string{"over the past weekend|relative|2022-02-19..2022-02-20"}},
		{"weekday_night_into_weekday", "Shelling went on from Sunday night into Monday.", ukraine(uPub),
			[]string{"Sunday night into Monday|relative|2022-02-27..2022-02-28"}},
		{"night_from_weekday_to_weekday", "Hostomel changed hands on the night from Saturday to Sunday.", ukraine(uPub),
			[]string{"on the night from Saturday to Sunday|relative|2022-02-26..2022-02-27"}},
		{"on_the_ordinal_alone", "The checkpoint fell on the 27th, the governor said.", ukraine(uPub),
			[]string{"on the 27th|date|2022-02-27"}},
		{"first_day_of_the_war", "On the first day of the war, airfields were bombed.", ukraine(uPub),
			[]string{"On the first day of the war|date|2022-02-24"}},
		{"nth_day_of_the_invasion", "Kherson fell on the 8th day of the invasion.", ukraine(uPub),
			[]string{"on the 8th day of the invasion|date|2022-03-03"}},
		{"day_n_of_the_invasion", "Day 9 of the invasion: Russian forces reached Enerhodar.", ukraine(uPub),
			[]string{"Day 9 of the invasion|date|2022-03-04"}},
		{"time_carries_after_date", "On November 3, Azerbaijani troops attacked; the next day they withdrew.", karabakh(kPub),
			[]string{"On November 3|date|2020-11-03", "the next day|relative|anaphoric+1"}},
	})
}

func TestFindAsOfAndSince(t *testing.T) {
	runCases(t, []findCase{
		{"as_of_day", "As of November 4, the army says it has surrounded a group south of the town.", karabakh("2020-11-05"),
			[]string{"As of November 4|as_of|2020-11-04"}},
		{"as_of_morning_of", "As of the morning of 1 March, the convoy had not moved.", ukraine(uPub),
			[]string{"As of the morning of 1 March|as_of|2022-03-01"}},
		{"as_of_weekday", "As of Monday, 500,000 people had left.", ukraine(uPub),
			[]string{"As of Monday|as_of|2022-02-28"}},
		{"as_of_clock", "As of 6 a.m. on February 28, the city was encircled.", ukraine(uPub),
			[]string{"As of 6 a.m. on February 28|as_of|2022-02-28"}},
		{"as_of_weekday_no_pub", "As of Monday, the road stayed open.", karabakh(""),
			[]string{"As of Monday|as_of|unresolved"}},
		{"since_start_of_war", "Since the start of the war, 5,300 soldiers have been killed.", ukraine(uPub),
			[]string{"Since the start of the war|since_start|2022-02-24..2022-03-02"}},
		{"since_beginning_of_invasion", "Over a million people fled since the beginning of the Russian invasion.", ukraine(uPub),
			[]string{"since the beginning of the Russian invasion|since_start|2022-02-24..2022-03-02"}},
		{"since_start_of_smo", "Moscow listed the targets hit since the start of the special military operation.", ukraine(uPub),
			[]string{"since the start of the special military operation|since_start|2022-02-24..2022-03-02"}},
		{"since_start_of_hostilities", "Baku said 1,500 targets were hit since the start of hostilities.", karabakh(kPub),
			[]string{"since the start of hostilities|since_start|2020-09-27..2020-11-09"}},
		{"since_beginning_of_conflict", "Losses since the beginning of the conflict have reached 2,300.", karabakh(kPub),
			[]string{"since the beginning of the conflict|since_start|2020-09-27..2020-11-09"}},
		{"since_the_war_began", "Kyiv says 200 tanks were lost since the war began.", ukraine(uPub),
			[]string{"since the war began|since_start|2022-02-24..2022-03-02"}},
		{"so_far_in_the_war", "So far in the war, 31 aircraft have been lost.", ukraine(uPub),
			[]string{"So far in the war|since_start|2022-02-24..2022-03-02"}},
		{"throughout_the_conflict", "The city was shelled throughout the conflict.", karabakh(kPub),
			[]string{"throughout the conflict|since_start|2020-09-27..2020-11-09"}},
		{"over_the_course_of_the_war", "Over the course of the war, the city lost its power plant.", ukraine(uPub),
			[]string{"Over the course of the war|since_start|2022-02-24..2022-03-02"}},
		{"since_date_ukraine", "Since February 24, at least 136 children have been hurt.", ukraine(uPub),
			[]string{"Since February 24|range|2022-02-24..2022-03-02"}},
		{"since_date_karabakh", "Since September 27, Armenia has reported 1,177 dead.", karabakh("2020-11-05"),
			[]string{"Since September 27|range|2020-09-27..2020-11-05"}},
		{"since_weekday", "Power has been out since Sunday.", ukraine(uPub),
			[]string{"since Sunday|range|2022-02-27..2022-03-02"}},
		{"since_start_no_pub", "Since the start of the war, 3,000 fighters arrived.", karabakh(""),
			[]string{"Since the start of the war|since_start|unresolved"}},
		{"since_start_no_conflict_start", "Since the start of the war, 3,000 fighters arrived.", Ref{Published: date(kPub)},
			[]string{"Since the start of the war|since_start|unresolved"}},
		{"since_date_no_pub", "Since September 27, Armenia has reported 1,177 dead.", karabakh(""),
			[]string{"Since September 27|range|unresolved"}},
		{"since_start_of_year", "Since the start of the year, 40 drones were downed.", ukraine(uPub),
			[]string{"Since the start of the year|range|2022-01-01..2022-03-02"}},
		{"so_far_this_year", "So far this year, 40 drones were downed.", ukraine(uPub),
			[]string{"So far this year|range|2022-01-01..2022-03-02"}},
		{"since_year", "Donbas has been at war since 2014.", ukraine(uPub),
			[]string{"since 2014|range|2014-01-01..2022-03-02"}},
		{"since_morning_of", "Since the morning of 24 February, Kharkiv has been shelled.", ukraine(uPub),
			[]string{"Since the morning of 24 February|range|2022-02-24..2022-03-02"}},
		{"counter_offensive_is_not_the_war", "Since the start of the counter-offensive, 20 villages were retaken.", ukraine("2022-09-12"),
			nil},
		{"causal_since_is_not_a_total", "Since the war is not over, the talks are pointless.", ukraine(uPub),
			nil},
	})
}

func TestFindUnresolved(t *testing.T) {
	runCases(t, []findCase{
		{"weekday_no_pub", "Azerbaijan pushed hard on Sunday.", karabakh(""),
			[]string{"on Sunday|relative|unresolved"}},
		{"today_no_pub", "Today is the day of the liberation of the city.", karabakh(""),
			[]string{"Today|relative|unresolved"}},
		{"yesterday_no_pub", "Yesterday, the road was cut.", ukraine(""),
			[]string{"Yesterday|relative|unresolved"}},
		{"last_week_no_pub", "Six jets were lost last week.", ukraine(""),
			[]string{"last week|relative|unresolved"}},
		{"weekday_range_no_pub", "Kherson was besieged from Monday to Wednesday.", ukraine(""),
			[]string{"from Monday to Wednesday|relative|unresolved"}},
		{"invalid_day", "Reports dated November 31 were false.", karabakh(kPub),
			nil},
	})
}

// TestFindDayMonth covers yearless day.month dates with two digits each,
// read only where a date is expected.
func TestFindDayMonth(t *testing.T) {
	runCases(t, []findCase{
		{"from_to_range", "Enemy losses from 01.03 to 15.04 were these.", ukraine("2022-04-16"),
			[]string{"from 01.03 to 15.04|range|2022-03-01..2022-04-15"}},
		{"between_and_range", "Strikes between 03.10 and 05.10 hit the port.", karabakh("2020-10-06"),
			[]string{"between 03.10 and 05.10|range|2020-10-03..2020-10-05"}},
		{"dash_range", "Totals for 12.03-19.03 follow.", ukraine("2022-03-20"), nil},
		{"after_on", "The bridge was struck on 07.05 at night.", ukraine("2022-05-09"),
			[]string{"on 07.05|date|2022-05-07"}},
		{"decimal_after_from", "Prices rose from 12.50 to 14.75 a litre.", ukraine("2022-05-09"), nil},
		{"bare_decimal", "The yield was 10.05 tons per hectare.", ukraine("2022-05-09"), nil},
		{"one_digit_parts", "The index moved from 3.1 to 4.2 points.", ukraine("2022-05-09"), nil},
	})
}

func TestFindNotADate(t *testing.T) {
	runCases(t, []findCase{
		{"unit_ordinal", "A mortar crew of the 10th mountain rifle division fired from the village.", karabakh(kPub), nil},
		{"designations", "Two T-72 tanks, an S-300 battery and three D-30 howitzers were destroyed.", karabakh(kPub), nil},
		{"aircraft_designations", "An Mi-8 and two Su-25 jets were shot down.", ukraine(uPub), nil},
		{"may_verb", "The town may be surrounded, and it may fall.", karabakh(kPub), nil},
		{"may_verb_capital", "May God protect the defenders, he said.", karabakh(kPub), nil},
		{"march_verb", "Columns march toward the capital.", ukraine(uPub), nil},
		{"march_noun_capital", "March columns were seen near Ivankiv.", ukraine(uPub), nil},
		{"august_adjective", "He spoke before an august assembly of generals.", ukraine(uPub), nil},
		{"we_sat_sun", "We sat in the sun and used a Sat phone; Wed and Sun were quiet.", ukraine(uPub), nil},
		{"grouped_numbers", "Losses reached 7,095 troops and 1,994 vehicles.", karabakh(kPub), nil},
		{"time_of_day_alone", "At 6:00 A.M., artillery opened fire, and in the afternoon the assault resumed.", karabakh(kPub), nil},
		{"year_like_quantity", "Drones were used in 2000 strikes across the front.", karabakh(kPub), nil},
		{"age_decade", "Volunteers in their 60s joined the territorial defence.", ukraine(uPub), nil},
		{"percent", "Exports fell by 20% in the region.", ukraine(uPub), nil},
		{"score_and_decimal", "The vote was 3-2 and the yield was 4.5 tons.", ukraine(uPub), nil},
		{"adjective_year", "The 2020 war changed the region.", karabakh(kPub), nil},
		{"last_day_of", "It was the last day of the truce.", karabakh(kPub), nil},
		{"on_the_ordinal_unit", "Fire fell on the 27th Brigade and on the 10th mountain rifle division.", karabakh(kPub), nil},
		{"compound_counts", "A two-day truce, a 24-hour pause and the Six-Day War.", karabakh(kPub), nil},
		{"mar_a_lago_and_jan", "Jan Kowalski flew to Mar-a-Lago.", karabakh(kPub), nil},
		{"clock_and_gmt", "Sirens sounded at 5 a.m. local time (0200 GMT).", ukraine(uPub), nil},
		{"number_before_noun_after_month", "On November 3 and 4 tanks were destroyed.", karabakh(kPub),
			[]string{"On November 3|date|2020-11-03"}},
		{"no_time_at_all", "Armenian forces repelled an attack near the village, the ministry said.", karabakh(kPub), nil},
	})
}

// TestFindOrderedNonOverlapping checks the list invariants on a sentence
// with many expressions.
func TestFindOrderedNonOverlapping(t *testing.T) {
	s := "On November 3 and 4, as of November 5, since the start of the war, yesterday and on Sunday, in early October and in 1994, the next day."
	es := Find(s, karabakh(kPub))
	if len(es) != 8 {
		t.Fatalf("got %d expressions, want 8: %v", len(es), es)
	}
	checkInvariants(t, s, es)
}

func checkInvariants(t *testing.T, s string, es []Expr) {
	t.Helper()
	prev := 0
	for _, e := range es {
		if e.Start < prev || e.End <= e.Start || e.End > len(s) {
			t.Fatalf("bad span %d..%d after %d in %q", e.Start, e.End, prev, s)
		}
		prev = e.End
		if e.Text != s[e.Start:e.End] {
			t.Fatalf("Text %q != text[%d:%d]", e.Text, e.Start, e.End)
		}
		if e.To.Before(e.From) {
			t.Fatalf("%q: To %v before From %v", e.Text, e.To, e.From)
		}
		if e.Resolved && (e.From.IsZero() || e.To.IsZero()) {
			t.Fatalf("%q: resolved with a zero bound", e.Text)
		}
		if !e.Resolved && (!e.From.IsZero() || !e.To.IsZero()) {
			t.Fatalf("%q: unresolved with a bound", e.Text)
		}
		switch e.Kind {
		case KindDate, KindRelative, KindRange, KindAsOf, KindSinceStart, KindVague:
		default:
			t.Fatalf("%q: unknown kind %q", e.Text, e.Kind)
		}
	}
}

func TestMayHaveTime(t *testing.T) {
	cases := []struct {
		name string
		text string
		want bool
	}{
		{"plain", "Armenian forces repelled an attack near the village.", false},
		{"digit", "They destroyed 4 tanks.", true},
		{"month", "Fighting went on in November.", true},
		{"weekday", "It happened on Sunday.", true},
		{"since", "Losses since the start of the war are high.", true},
		{"we_is_not_a_weekday", "We will respond.", false},
		{"non_ascii", "Şuşa and Xankəndi were quiet.", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := mayHaveTime(tc.text); got != tc.want {
				t.Errorf("mayHaveTime(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
