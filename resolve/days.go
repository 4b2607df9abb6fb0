package resolve

import "time"

// addDays shifts a YYYY-MM-DD day by n days; a malformed day is returned as is.
func addDays(day string, n int) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}
