package reuse

import (
	"context"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// TestReprintLinks: a declared reprint links to its original whether the
// original is indexed before it or arrives later (the pending link
// completes), and not to another article of the same outlet.
func TestReprintLinks(t *testing.T) {
	ctx := context.Background()
	orig := &claimtrail.Document{ID: "sf-1", Outlet: "South Front", Published: "2020-11-09",
		Title: "Armenian Defense Collapsed In Central Nagorno-Karabakh",
		Body:  strings.Join([]string{pRepel, pDamage, pEvac}, "\n\n")}
	other := &claimtrail.Document{ID: "sf-2", Outlet: "SouthFront", Published: "2020-11-09",
		Title: "Markets Hold Steady", Body: strings.Join([]string{fillB, fillC}, "\n\n")}
	reprint := &claimtrail.Document{ID: "gr-1", Outlet: "Global Research", Published: "2020-11-10",
		Title:    "Video: Armenian Defense Collapsed in Central Nagorno-Karabakh",
		Original: &claimtrail.Original{Outlet: "South Front", Published: "2020-11-09"},
		Body:     strings.Join([]string{pRepel, pDamage, pEvac, "The original source of this article is South Front."}, "\n\n")}
	for _, c := range []struct {
		name  string
		order []*claimtrail.Document
	}{
		{"original first", []*claimtrail.Document{other, orig, reprint}},
		{"original later", []*claimtrail.Document{reprint, other, orig}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := New(NewMemIndex())
			var links []Edge
			var affected []string
			for _, x := range c.order {
				r, err := d.Ingest(ctx, x)
				if err != nil {
					t.Fatal(err)
				}
				links = append(links, r.Reprints...)
				affected = append(affected, r.Affected...)
			}
			if len(links) != 1 || links[0].A != "sf-1" || links[0].B != "gr-1" || links[0].Kind != EdgeReprint {
				t.Fatalf("links = %+v; want sf-1 -> gr-1", links)
			}
			if p, _ := d.Index().PendingFor(ctx, "South Front"); len(p) != 0 {
				t.Errorf("pending links left: %+v", p)
			}
			if !contains(affected, "sf-1") && !contains(affected, "gr-1") {
				t.Errorf("affected = %v", affected)
			}
			// The reprint's claims come from the original, credited to
			// South Front.
			p, err := d.Provenance(ctx, "gr-1", 0, len(pRepel))
			if err != nil || p.Origin != "sf-1" || p.Source != "South Front" {
				t.Errorf("Provenance = %+v, %v", p, err)
			}
		})
	}
}

func TestPendingWithoutOriginal(t *testing.T) {
	ctx := context.Background()
	d := New(NewMemIndex())
	reprint := &claimtrail.Document{ID: "gr-1", Outlet: "Global Research", Published: "2020-11-10", Title: "Video: Something",
		Original: &claimtrail.Original{Outlet: "South Front", Published: "2020-11-09"}, Body: pDamage}
	if _, err := d.Add(ctx, reprint); err != nil {
		t.Fatal(err)
	}
	p, err := d.Index().PendingFor(ctx, "south front")
	if err != nil || len(p) != 1 || p[0].Reprint != "gr-1" {
		t.Errorf("PendingFor = %+v, %v", p, err)
	}
	// Without its original, a reprint is credited to the outlet it names.
	pr, err := d.Provenance(ctx, "gr-1", 0, 10)
	if err != nil || pr.Origin != "gr-1" || pr.Source != "South Front" {
		t.Errorf("Provenance = %+v, %v", pr, err)
	}
	// A document of that outlet weeks later does not complete it.
	late := &claimtrail.Document{ID: "sf-9", Outlet: "South Front", Published: "2020-12-20", Title: "Video: Something", Body: pDamage}
	r, err := d.Ingest(ctx, late)
	if err != nil || len(r.Reprints) != 0 {
		t.Errorf("late original: %+v, %v", r.Reprints, err)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestCopyChain: C copies B which copied A; the passage's origin is A from
// every carrier, and a late-arriving earlier copy becomes the origin.
func TestCopyChain(t *testing.T) {
	ctx := context.Background()
	d := New(NewMemIndex())
	a := doc("a", "Alpha", "2022-05-02", fillA, pDamage)
	b := doc("b", "Beta", "2022-05-03", pDamage, fillB)
	c := doc("c", "Gamma", "2022-05-04", fillC, pDamage)
	for _, x := range []*claimtrail.Document{a, b, c} {
		if _, err := d.Add(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	k := strings.Index(c.Body, pDamage)
	p, err := d.Provenance(ctx, "c", k, k+len(pDamage))
	if err != nil || p.Origin != "a" || len(p.Carriers) != 3 {
		t.Fatalf("Provenance = %+v, %v; want origin a, three carriers", p, err)
	}
	// A sentence that was not copied is its own origin.
	if p, _ := d.Provenance(ctx, "c", 0, len(fillC)); p.Origin != "c" || len(p.Carriers) != 1 {
		t.Errorf("uncopied: %+v", p)
	}
	// An earlier document carrying the passage arrives late.
	z := doc("z", "Zeta", "2022-05-01", pDamage)
	r, err := d.Ingest(ctx, z)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(r.Affected, ",") != "a,b,c" {
		t.Errorf("Affected = %v; want a,b,c", r.Affected)
	}
	if p, _ := d.Provenance(ctx, "c", k, k+len(pDamage)); p.Origin != "z" {
		t.Errorf("origin after late arrival = %s; want z", p.Origin)
	}
	if _, err := d.Provenance(ctx, "nope", 0, 1); claimtrail.ErrorKind(err) != claimtrail.ENotFound {
		t.Errorf("Provenance(nope): %v", err)
	}
}

func TestIndependent(t *testing.T) {
	owner := func(o string) string {
		return map[string]string{"RT": "Russian state", "Sputnik": "Russian state"}[o]
	}
	for _, c := range []struct {
		name    string
		reports []Report
		want    int
	}{
		{"none", nil, 0},
		{"one", []Report{{Doc: "1", Source: "Reuters"}}, 1},
		{"copies collapse", []Report{{Doc: "1", Source: "South Front"}, {Doc: "2", Source: "South Front"}, {Doc: "3", Source: "southfront"}}, 1},
		{"independent outlets", []Report{{Doc: "1", Source: "Reuters"}, {Doc: "2", Source: "AP"}}, 2},
		{"one owner", []Report{{Doc: "1", Source: "RT"}, {Doc: "2", Source: "Sputnik"}, {Doc: "3", Source: "AP"}}, 2},
		{"unknown outlets count apart", []Report{{Doc: "1"}, {Doc: "2"}, {Doc: "2"}}, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Independent(c.reports, owner); got != c.want {
				t.Errorf("Independent = %d; want %d", got, c.want)
			}
		})
	}
}

// TestAnnotate: origins from the copy graph; independent sources per group
// of claims the caller says are one claim.
func TestAnnotate(t *testing.T) {
	ctx := context.Background()
	d := New(NewMemIndex())
	docs := []*claimtrail.Document{
		doc("a", "RT", "2022-05-01", pDamage),
		doc("b", "Sputnik", "2022-05-02", fillA, pDamage),
		doc("c", "AP", "2022-05-02", "Twelve homes were damaged overnight, the governor told reporters in the city."),
		doc("e", "Reuters", "2022-05-03", fillB, pDamage),
	}
	for _, x := range docs {
		if _, err := d.Add(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	claims := []claimtrail.Claim{
		{Doc: "a", Sentence: pDamage},
		{Doc: "b", Sentence: pDamage},
		{Doc: "c", Sentence: docs[2].Body},
		{Doc: "e", Sentence: pDamage},
	}
	owner := func(o string) string { return map[string]string{"RT": "Russian state", "Sputnik": "Russian state"}[o] }
	same := func(*claimtrail.Claim) string { return "damage" }
	if err := d.Annotate(ctx, claims, same, owner); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"a", "a", "c", "a"} {
		if claims[i].Origin != want || claims[i].Independent != 2 {
			t.Errorf("claim %d: origin %s, independent %d; want %s, 2", i, claims[i].Origin, claims[i].Independent, want)
		}
	}
	if err := d.Annotate(ctx, claims, nil, owner); err != nil {
		t.Fatal(err)
	}
	for i := range claims {
		if claims[i].Independent != 1 {
			t.Errorf("claim %d alone: independent %d; want 1", i, claims[i].Independent)
		}
	}
	if got := Affected("b", []claimtrail.Reuse{{A: "a", B: "b"}, {A: "b", B: "e"}}); strings.Join(got, ",") != "a,e" {
		t.Errorf("Affected = %v", got)
	}
}

func TestCanonicalFrom(t *testing.T) {
	c := CanonicalFrom(map[string][]string{"Shusha": {"Shushi", "Şuşa", "Shusha", "Shushi town"}, "Karin Tak": {"Karintak"}})
	for in, want := range map[string]string{"shushi": "shusha", "şuşa": "shusha", "shusha": "shusha", "karintak": "karintak", "town": "town"} {
		if got := c(in); got != want {
			t.Errorf("c(%q) = %q; want %q", in, got, want)
		}
	}
}
