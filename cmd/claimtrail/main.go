package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/claimtrail/claimtrail"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// exitCode is the one place where errors become exit codes: 0 ok, 2 usage or
// invalid input, 3 not found, 4 auth, 1 anything else (logged in full).
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "claimtrail: interrupted")
		return 130
	}
	switch claimtrail.ErrorKind(err) {
	case claimtrail.EInvalid:
		fmt.Fprintln(stderr, "claimtrail:", err)
		return 2
	case claimtrail.ENotFound:
		fmt.Fprintln(stderr, "claimtrail:", err)
		return 3
	case claimtrail.EAuth:
		fmt.Fprintln(stderr, "claimtrail:", err)
		return 4
	}
	fmt.Fprintln(stderr, "claimtrail: error:", err)
	return 1
}

// env is what every subcommand gets: its arguments and the process's streams.
type env struct {
	ctx    context.Context
	args   []string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

type command struct {
	name, usage, summary string
	run                  func(e *env) error
}

func commands() []command {
	return []command{
		{"demo", "demo [--db FILE] [--addr 127.0.0.1:8080] [--no-serve]", "ingest the bundled sample articles into a fresh database, print the headline and serve the UI", runDemo},
		{"ingest", "ingest [--db FILE|postgres://…] [--queue nats://…] [--profile P] [--max-bytes N] PATH...|-", "read, clean, extract and store articles (files, folders, - for stdin)", runIngest},
		{"claims", "claims [--place P] [--side S] [--claimant NAME] [--type T] [--from D] [--to D] [--doc ID] [--text WORDS] [--format table|jsonl|csv]", "query the claims of the ledger", runClaims},
		{"show", "show [--db FILE] ID", "one claim with its provenance", runShow},
		{"extract", "extract [--profile P] [--format jsonl] PATH...", "print doc, claim and reuse records with no database", runExtract},
		{"export", "export [--db FILE] --format jsonl|csv|geojson", "export the whole ledger", runExport},
		{"eval", "eval --gold DIR [--profile P] [--format table|json] [--verbose] (PATH...|--pred FILE)", "score extraction against a gold folder", runEval},
		{"bench", "bench [--n 10000] [--workers N] PATH...", "articles/s, MB/s and peak memory per stage", runBench},
		{"rejected", "rejected [--db FILE] [--format table|jsonl]", "inputs that could not be ingested, with reasons", runRejected},
		{"reuse", "reuse [--db FILE] [--doc ID] [--outlet O] [--format table|jsonl]", "passages reused across documents", runReuse},
		{"outlets", "outlets [--db FILE]", "per outlet: documents, share copied, whom it copies", runOutlets},
		{"disputes", "disputes [--db FILE] [--place P] [--from D] [--to D] [--all] [--format table|jsonl|csv]", "events where claimants disagree, each side's claims, status history", runDisputes},
		{"control", "control [--db FILE] (--date D | --from D --to D) [--side S] [--format table|jsonl]", "who holds each place on a day according to each side, or the changes over a range", runControl},
		{"tallies", "tallies [--db FILE] [--claimant-side S] [--item I] [--format table|jsonl|csv]", "claimed losses over time by item, next to what the other side admits", runTallies},
		{"events", "events [--db FILE] [--format geojson|jsonl]", "every event, as GeoJSON at its places or as JSONL", runEvents},
		{"serve", "serve [--db FILE] [--addr 127.0.0.1:8080] [--token T] [--tiles URL]", "serve the web UI and JSON API over the ledger (writes need --token or $CLAIMTRAIL_TOKEN)", runServe},
		{"worker", "worker --queue nats://HOST:4222[/PREFIX] --db postgres://… [--batch 16] [--parallel N] [--max-attempts 5] [--ack-wait 30s]", "consume queued documents: clean, extract, detect reuse and store (any number, any machines)", runWorker},
		{"status", "status --queue nats://HOST:4222[/PREFIX] [--format table|json]", "queue backlog, workers alive, throughput, dead letters", runStatus},
		{"profiles", "profiles", "list the conflict profiles", runProfiles},
	}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		if len(args) == 0 {
			return claimtrail.Errorf(claimtrail.EInvalid, "no command given")
		}
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(&env{ctx: ctx, args: args[1:], stdin: stdin, stdout: stdout, stderr: stderr})
		}
	}
	usage(stderr)
	return claimtrail.Errorf(claimtrail.EInvalid, "unknown command %q", args[0])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "claimtrail: a ledger of claims from war reporting")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	cs := commands()
	for _, c := range cs {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'claimtrail COMMAND -h' for a command's flags.")
}

// parse parses flags anywhere among the arguments ("ingest dir --db x"),
// returning the positional ones.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, claimtrail.Errorf(claimtrail.EInvalid, "%s: %v", fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// newFlags returns a flag set whose -h prints the command's usage and flags.
func newFlags(e *env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		for _, c := range commands() {
			if c.name == name {
				fmt.Fprintf(e.stdout, "usage: claimtrail %s\n\n%s\n\n", c.usage, c.summary)
			}
		}
		fs.SetOutput(e.stdout)
		fs.PrintDefaults()
	}
	return fs
}

// helpOrErr prints usage for -h and passes other errors on.
func helpOrErr(fs *flag.FlagSet, err error) error {
	if errors.Is(err, flag.ErrHelp) {
		fs.Usage()
	}
	return err
}

func sortedKeys[M ~map[K]V, K ~string, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func oneOf(flagName, v string, allowed ...string) error {
	for _, a := range allowed {
		if v == a {
			return nil
		}
	}
	return claimtrail.Errorf(claimtrail.EInvalid, "--%s must be one of %s, not %q", flagName, strings.Join(allowed, ", "), v)
}
