package profile_test

import (
	"fmt"

	"github.com/claimtrail/claimtrail/profile"
)

func Example() {
	ps, err := profile.Builtin()
	if err != nil {
		panic(err)
	}
	text := "Armenian sources said the Azerbaijani Defense Ministry lied about Shushi and Karin-Tak."
	p := profile.Choose(ps, text)
	fmt.Println(p.Name)
	for _, m := range p.Places.Find(text) {
		fmt.Printf("place %q = %s\n", text[m.Start:m.End], m.Place.Name)
	}
	for _, m := range p.FindSides(text) {
		fmt.Printf("side %q = %s\n", text[m.Start:m.End], m.Side)
	}
	for _, m := range p.FindActors(text) {
		fmt.Printf("actor %q = %s (%s, %s)\n", text[m.Start:m.End], m.Actor.Name, m.Actor.Side, m.Actor.Role)
	}
	// Output:
	// karabakh-2020
	// place "Shushi" = Shusha
	// place "Karin-Tak" = Karintak
	// side "Armenian sources" = ARM
	// side "Azerbaijani" = AZE
	// actor "Azerbaijani Defense Ministry" = Azerbaijani Ministry of Defense (AZE, military)
}

func ExampleGazetteer_Lookup() {
	ps, _ := profile.Builtin()
	g := profile.ByName(ps, "karabakh-2020").Places
	for _, name := range []string{"Khojavend", "Aghdara", "Şuşa", "Karvachar"} {
		p := g.Lookup(name)
		fmt.Printf("%s -> %s (%.4f, %.4f)\n", name, p.Name, p.Lat, p.Lon)
	}
	// Output:
	// Khojavend -> Martuni (39.7914, 47.1156)
	// Aghdara -> Martakert (40.2100, 46.8158)
	// Şuşa -> Shusha (39.7580, 46.7485)
	// Karvachar -> Kalbajar (40.1000, 46.0372)
}
