package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// Bar reports progress of a job with a known or unknown total. It is safe
// for concurrent use; Add is cheap enough to call once per item.
type Bar struct {
	mu       sync.Mutex // guards everything below
	w        io.Writer
	label    string
	total    int64 // 0 when unknown
	done     int64
	tty      bool
	start    time.Time
	last     time.Time
	every    time.Duration
	finished bool
	now      func() time.Time
}

// New returns a bar writing to w. A bar on a terminal redraws one line at
// most ten times a second; otherwise it prints a plain line every few
// seconds, so that logs stay readable.
func New(w io.Writer, label string, total int64) *Bar {
	b := &Bar{w: w, label: label, total: total, tty: IsTerminal(w), now: time.Now}
	b.start = b.now()
	b.last = b.start
	b.every = 5 * time.Second
	if b.tty {
		b.every = 100 * time.Millisecond
	}
	return b
}

// Discard is a bar that prints nothing.
func Discard() *Bar { return New(io.Discard, "", 0) }

// IsTerminal reports whether w is a character device (a terminal).
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil {
		return false
	}
	return st.Mode()&os.ModeCharDevice != 0
}

// SetTotal changes the total, e.g. once a count finishes.
func (b *Bar) SetTotal(n int64) {
	b.mu.Lock()
	b.total = n
	b.mu.Unlock()
}

// Add advances the bar by n items.
func (b *Bar) Add(n int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.done += n
	if b.w == io.Discard || b.finished {
		return
	}
	t := b.now()
	if t.Sub(b.last) < b.every {
		return
	}
	b.last = t
	b.draw(t, false)
}

// Finish prints the final state once.
func (b *Bar) Finish() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.finished || b.w == io.Discard {
		b.finished = true
		return
	}
	b.finished = true
	b.draw(b.now(), true)
}

func (b *Bar) draw(t time.Time, final bool) {
	elapsed := t.Sub(b.start).Seconds()
	rate := 0.0
	if elapsed > 0 {
		rate = float64(b.done) / elapsed
	}
	if !b.tty {
		if b.total > 0 {
			fmt.Fprintf(b.w, "%s: %d/%d (%.0f/s)\n", b.label, b.done, b.total, rate)
		} else {
			fmt.Fprintf(b.w, "%s: %d (%.0f/s)\n", b.label, b.done, rate)
		}
		return
	}
	var line string
	if b.total > 0 {
		frac := float64(b.done) / float64(b.total)
		if frac > 1 {
			frac = 1
		}
		const width = 30
		full := int(frac * width)
		line = fmt.Sprintf("\r%s [%s%s] %d/%d %3.0f%% %.0f/s", b.label,
			strings.Repeat("=", full), strings.Repeat(" ", width-full),
			b.done, b.total, frac*100, rate)
	} else {
		line = fmt.Sprintf("\r%s %d %.0f/s", b.label, b.done, rate)
	}
	if final {
		line += "\n"
	}
	io.WriteString(b.w, line)
}
