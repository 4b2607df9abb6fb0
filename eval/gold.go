package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/claimtrail/claimtrail"
)

// Gold is a gold folder: the expected documents, claims and reuse records.
type Gold struct {
	Docs   []GoldDoc
	Claims []claimtrail.Claim
	Reuse  []claimtrail.Reuse

	// HasDocs and HasReuse say whether docs.jsonl and reuse.jsonl existed;
	// a part without its file is not scored.
	HasDocs  bool
	HasReuse bool
}

// GoldDoc is the gold record of one document. Null fields on the wire stay
// nil, so that "unknown" is told from "empty".
type GoldDoc struct {
	ID        string               `json:"doc"`
	Title     *string              `json:"title"`
	Outlet    string               `json:"outlet"`
	Published *string              `json:"published"`
	Original  *claimtrail.Original `json:"original"`
	// Boilerplate lists substrings of the raw document that a cleaner must
	// drop; BodyKeeps substrings that must stay in the body.
	Boilerplate []string `json:"boilerplate"`
	BodyKeeps   []string `json:"body_keeps"`
}

// LoadGold reads a gold folder. claims.jsonl must exist; docs.jsonl and
// reuse.jsonl may be missing. Every record is checked: a malformed line, an
// unknown claim type or a claim without document or sentence is an error
// naming the file and line.
func LoadGold(dir string) (*Gold, error) {
	g := &Gold{}
	claimsPath := filepath.Join(dir, "claims.jsonl")
	err := eachLine(claimsPath, func(line int, b []byte) error {
		var c claimtrail.Claim
		if err := json.Unmarshal(b, &c); err != nil {
			return err
		}
		if err := checkClaim(&c); err != nil {
			return err
		}
		g.Claims = append(g.Claims, c)
		return nil
	})
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, claimtrail.Errorf(claimtrail.EInvalid, "gold folder %s has no claims.jsonl", dir)
		}
		return nil, err
	}

	seen := map[string]bool{}
	err = eachLine(filepath.Join(dir, "docs.jsonl"), func(line int, b []byte) error {
		var d GoldDoc
		if err := json.Unmarshal(b, &d); err != nil {
			return err
		}
		if d.ID == "" {
			return errors.New("doc record without \"doc\" id")
		}
		if seen[d.ID] {
			return fmt.Errorf("document %q listed twice", d.ID)
		}
		seen[d.ID] = true
		g.Docs = append(g.Docs, d)
		return nil
	})
	switch {
	case err == nil:
		g.HasDocs = true
	case !errors.Is(err, fs.ErrNotExist):
		return nil, err
	}

	err = eachLine(filepath.Join(dir, "reuse.jsonl"), func(line int, b []byte) error {
		var r claimtrail.Reuse
		if err := json.Unmarshal(b, &r); err != nil {
			return err
		}
		if r.A == "" || r.B == "" || r.A == r.B {
			return fmt.Errorf("reuse record needs two different documents, got %q and %q", r.A, r.B)
		}
		g.Reuse = append(g.Reuse, r)
		return nil
	})
	switch {
	case err == nil:
		g.HasReuse = true
	case !errors.Is(err, fs.ErrNotExist):
		return nil, err
	}
	return g, nil
}

func checkClaim(c *claimtrail.Claim) error {
	if c.Doc == "" {
		return errors.New("claim without \"doc\"")
	}
	if c.Sentence == "" {
		return errors.New("claim without \"sentence\"")
	}
	if !slices.Contains(claimtrail.ClaimTypes, c.Type) {
		return fmt.Errorf("unknown claim type %q", c.Type)
	}
	return nil
}

// eachLine calls fn with every non-blank line of the file at path. Errors
// from fn are wrapped with the file and line number.
func eachLine(path string, fn func(line int, b []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := eachRecord(f, func(line int, b []byte) error {
		if err := fn(line, b); err != nil {
			return claimtrail.Errorf(claimtrail.EInvalid, "%s:%d: %v", path, line, err)
		}
		return nil
	}); err != nil {
		return err
	}
	return nil
}

// eachRecord splits r into lines of any length and calls fn for each line
// that is not blank.
func eachRecord(r io.Reader, fn func(line int, b []byte) error) error {
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if t := bytes.TrimSpace(b); len(t) > 0 {
			if ferr := fn(line, t); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
