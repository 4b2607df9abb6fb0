package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/claimtrail/claimtrail/queue"
)

func runStatus(e *env) error {
	fs := newFlags(e, "status")
	qurl := queueFlag(fs)
	format := fs.String("format", "table", "table or json")
	if _, err := parse(fs, e.args); err != nil {
		return helpOrErr(fs, err)
	}
	if err := oneOf("format", *format, "table", "json"); err != nil {
		return err
	}
	q, err := dialQueue(e.ctx, *qurl, "claimtrail status")
	if err != nil {
		return err
	}
	defer q.Close()
	st, err := q.Status(e.ctx)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	return printStatus(e, q.Names(), st)
}

func printStatus(e *env, n queue.Names, st queue.Status) error {
	w := e.stdout
	fmt.Fprintf(w, "queue %s\n", n.Stream)
	fmt.Fprintf(w, "backlog:       %d  (%d waiting, %d in progress, %d of them redelivered)\n",
		st.Backlog, st.Pending, st.AckPending, st.Redelivered)
	fmt.Fprintf(w, "workers alive: %d\n", len(st.Workers))
	if st.AckWait > 0 {
		fmt.Fprintf(w, "ack wait:      %v (shared by the workers; change it with 'claimtrail worker --ack-wait D --reconfigure')\n", st.AckWait)
	}
	fmt.Fprintf(w, "throughput:    %.1f documents/s over the last minute\n", st.PerSecond)
	fmt.Fprintf(w, "dead letters:  %d  (%d unreadable inputs, %d documents given up on)\n", st.DeadRead+st.DeadPoison, st.DeadRead, st.DeadPoison)
	if len(st.Workers) > 0 {
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "WORKER\tHOST\tPID\tUP\tSETTLED\tSTORED\tLAST MIN\tDEAD\tLAST BEAT")
		for _, b := range st.Workers {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%d\t%d\t%d\t%d\t%s ago\n", b.ID, b.Host, b.PID,
				time.Since(b.Started).Round(time.Second), b.Settled, b.Stored, b.LastMinute, b.Dead,
				time.Since(b.At).Round(100*time.Millisecond))
		}
		tw.Flush()
	}
	if len(st.Recent) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "latest dead letters:")
		for _, d := range st.Recent {
			fmt.Fprintf(w, "  %s  %-6s %s: %s\n", d.At.Format("2006-01-02 15:04:05"), d.Kind, d.Source, truncate(d.Reason, 100))
		}
	}
	if st.DeadRead+st.DeadPoison > 0 {
		fmt.Fprintln(w, "(dead letters are recorded in the ledger: 'claimtrail rejected --db …')")
	}
	return nil
}
