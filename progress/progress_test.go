package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestPlainLinesOffTerminal(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, "ingest", 10)
	clock := b.start
	b.now = func() time.Time { return clock }
	for i := 0; i < 10; i++ {
		clock = clock.Add(3 * time.Second)
		b.Add(1)
	}
	b.Finish()
	out := buf.String()
	if strings.Contains(out, "\r") {
		t.Fatalf("plain output must not redraw with carriage returns: %q", out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	// One line at most every 5 s over 30 s, plus the final one.
	if len(lines) < 2 || len(lines) > 7 {
		t.Fatalf("got %d lines, want between 2 and 7:\n%s", len(lines), out)
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "ingest: 10/10") {
		t.Fatalf("final line %q does not report 10/10", last)
	}
}

func TestTerminalBarRedraws(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, "x", 4)
	b.tty = true
	b.every = 0
	b.Add(2)
	b.Finish()
	out := buf.String()
	if !strings.Contains(out, "\rx [") || !strings.Contains(out, "50%") || !strings.HasSuffix(out, "\n") {
		t.Fatalf("unexpected bar output %q", out)
	}
}

func TestFinishOnce(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, "y", 0)
	b.Add(3)
	b.Finish()
	b.Finish()
	if n := strings.Count(buf.String(), "y: 3"); n != 1 {
		t.Fatalf("final line printed %d times, want 1: %q", n, buf.String())
	}
}
