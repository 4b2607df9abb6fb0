// Package progress reports the advance of long work: a redrawn bar when the
// output is a terminal, plain timestamped lines otherwise (logs, CI, pipes).
// It uses only the standard library.
package progress
