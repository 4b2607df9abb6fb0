package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/sqlite"
)

func Example() {
	dir, err := os.MkdirTemp("", "ledger")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(dir, "ledger.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	doc := &claimtrail.Document{ID: "kherson-0302", Title: "Kherson", Outlet: "Example News",
		Published: "2022-03-02", Lang: "en", Hash: claimtrail.ContentHash([]byte("raw article"))}
	claims := []claimtrail.Claim{{
		Sentence: "Russian troops entered Kherson on March 1, the mayor said.",
		Claimant: claimtrail.Claimant{Name: "Ihor Kolykhayev", Side: "UKR", Role: claimtrail.RoleOfficial},
		Voice:    claimtrail.VoiceReported, Stance: claimtrail.StanceAsserts,
		Type: claimtrail.TypeControl, Actor: "RUS", Target: "UKR",
		Places: []claimtrail.PlaceRef{{Name: "Kherson", Lat: 46.6354, Lon: 32.6169}},
		Date:   &claimtrail.DateRange{Start: "2022-03-01", End: "2022-03-01", Text: "on March 1"},
	}}
	res, err := db.PutDocument(ctx, doc, claims)
	if err != nil {
		log.Fatal(err)
	}
	again, _ := db.PutDocument(ctx, doc, claims)
	fmt.Println(res, again)

	found, err := db.Claims(ctx, claimtrail.ClaimFilter{Place: "kherson", Text: "troops entered"})
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range found {
		fmt.Println(c.ID, c.Claimant.Name, c.Type, c.Date.Start)
	}
	// Output:
	// new unchanged
	// kherson-0302:0 Ihor Kolykhayev control 2022-03-01
}
