package clean

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/claimtrail/claimtrail/read"
)

func TestZZDebug(t *testing.T) {
	p := os.Getenv("DBG")
	if p == "" {
		t.Skip()
	}
	c := New(Options{})
	debugDrops = true
	read.Walk(context.Background(), []string{p}, read.Options{}, func(in *read.Input, rej *read.Rejected) error {
		if in == nil {
			fmt.Println("REJ", rej)
			return nil
		}
		if in.HTML {
			lines, meta, err := extractHTML(in.Text, in.URL)
			fmt.Printf("META %+v err=%v\n", meta, err)
			for _, l := range lines {
				fmt.Println("  L:", l)
			}
		}
		doc, err := c.Clean(in)
		if err != nil {
			fmt.Println("ERR", err)
			return nil
		}
		fmt.Printf("TITLE %q\nOUTLET %q\nPUB %q\nBYLINE %q\nORIG %+v\n", doc.Title, doc.Outlet, doc.Published, doc.Byline, doc.Original)
		for _, r := range doc.Removed {
			fmt.Println("  REMOVED:", r)
		}
		fmt.Println(doc.Body)
		return nil
	})
}
