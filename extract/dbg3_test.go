package extract

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

func TestDbgFrames(t *testing.T) {
	x := New(mustProfile(t, "ukraine-2022"))
	doc := &claimtrail.Document{ID: "d", Body: "Pro-Russian Telegram channels reported that Wagner fighters had entered Bakhmut, but Ukrainian officials dismissed the reports as fake.", Published: "2022-06-01"}
	st := newState(x, doc)
	st.run()
	for _, s := range st.sents {
		for _, f := range s.frames {
			t.Logf("frame %+v np=%q scope=%q", *f, st.body[s.toks[f.npA].s:s.toks[maxi(f.npA, f.npB-1)].e], func() string {
				if f.a >= f.b || f.a >= len(s.toks) {
					return ""
				}
				return st.body[s.toks[f.a].s:s.toks[f.b-1].e]
			}())
		}
	}
}
