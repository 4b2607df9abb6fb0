package eval

import (
	"encoding/json"
	"io"

	"github.com/claimtrail/claimtrail"
)

// Prediction is the extractor's output for a set of documents.
type Prediction struct {
	Docs   []claimtrail.Document
	Claims []claimtrail.Claim
	Reuse  []claimtrail.Reuse
}

// ReadRecords reads JSONL records of kind doc, claim and reuse, as
// `claimtrail extract --format jsonl` prints them. Records of other kinds
// (rejections, future extensions) are skipped; a line that is not a JSON
// object with a kind is an error naming the line.
func ReadRecords(r io.Reader) (*Prediction, error) {
	p := &Prediction{}
	err := eachRecord(r, func(line int, b []byte) error {
		var head struct {
			Kind string `json:"kind"`
		}
		if err := json.Unmarshal(b, &head); err != nil {
			return claimtrail.Errorf(claimtrail.EInvalid, "line %d: %v", line, err)
		}
		var err error
		switch head.Kind {
		case "doc":
			var d claimtrail.Document
			if err = json.Unmarshal(b, &d); err == nil {
				p.Docs = append(p.Docs, d)
			}
		case "claim":
			var c claimtrail.Claim
			if err = json.Unmarshal(b, &c); err == nil {
				p.Claims = append(p.Claims, c)
			}
		case "reuse":
			var u claimtrail.Reuse
			if err = json.Unmarshal(b, &u); err == nil {
				p.Reuse = append(p.Reuse, u)
			}
		case "":
			return claimtrail.Errorf(claimtrail.EInvalid, "line %d: record without \"kind\"", line)
		}
		if err != nil {
			return claimtrail.Errorf(claimtrail.EInvalid, "line %d: %s record: %v", line, head.Kind, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}
