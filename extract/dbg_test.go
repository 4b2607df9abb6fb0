package extract

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/claimtrail/claimtrail"
)

func TestDbg(t *testing.T) {
	txt := os.Getenv("DBG")
	if txt == "" {
		t.Skip()
	}
	x := New(mustProfile(t, os.Getenv("DBGP")))
	for _, c := range x.Extract(&claimtrail.Document{ID: "d", Body: txt, Published: os.Getenv("DBGD"), Outlet: "O"}) {
		c.Sentence = ""
		b, _ := json.Marshal(c)
		t.Log(string(b))
	}
}
