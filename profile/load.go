package profile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
)

// Files of a profile folder.
const (
	ProfileFile = "profile.json"
	PlacesFile  = "places.tsv"
)

// Roles an actor may have (the claimant roles of the spec that name who an
// actor is; "unnamed" and "author" depend on the text, not the actor).
var actorRoles = []string{claimtrail.RoleOfficial, claimtrail.RoleMilitary, claimtrail.RoleMedia}

// Kinds an actor may be.
var actorKinds = []string{"person", "organization", "unit"}

var sideCode = regexp.MustCompile(`^[A-Z][A-Z0-9_]{0,15}$`)

// LoadDir loads the profile folder at path.
func LoadDir(path string) (*Profile, error) {
	p, err := Load(os.DirFS(path))
	if err != nil {
		return nil, fmt.Errorf("profile %s: %w", path, err)
	}
	return p, nil
}

// Load loads and validates the profile whose folder is the root of fsys:
// profile.json (name, period, sides, actors, outlets, weapons) and
// places.tsv (the gazetteer). Errors name the file and line.
func Load(fsys fs.FS) (*Profile, error) {
	data, err := fs.ReadFile(fsys, ProfileFile)
	if err != nil {
		return nil, err
	}
	p, lines, err := decodeProfile(data)
	if err != nil {
		return nil, err
	}
	if err := p.validate(lines); err != nil {
		return nil, err
	}
	f, err := fsys.Open(PlacesFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	places, plines, err := ReadPlaces(f, PlacesFile)
	if err != nil {
		return nil, err
	}
	g, err := newGazetteer(places, plines, PlacesFile)
	if err != nil {
		return nil, err
	}
	p.Places = g
	if err := p.buildIndex(lines); err != nil {
		return nil, err
	}
	return p, nil
}

// elemLines holds the line in profile.json of each element of the arrays.
type elemLines struct {
	sides, actors, outlets, weapons []int
}

func (l *elemLines) at(list []int, i int) string {
	if i < len(list) {
		return fmt.Sprintf("%s:%d", ProfileFile, list[i])
	}
	return ProfileFile
}

// decodeProfile decodes profile.json element by element so that errors can
// name the line of the element at fault. Unknown fields are errors: a typo
// in a field name would otherwise silently drop data.
func decodeProfile(data []byte) (*Profile, *elemLines, error) {
	p := &Profile{}
	lines := &elemLines{}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	fail := func(err error) (*Profile, *elemLines, error) {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return nil, nil, fmt.Errorf("%s:%d: %w", ProfileFile, lineAt(data, se.Offset), err)
		case errors.As(err, &te):
			return nil, nil, fmt.Errorf("%s:%d: %w", ProfileFile, lineAt(data, te.Offset), err)
		case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
			return nil, nil, fmt.Errorf("%s: unexpected end of file", ProfileFile)
		}
		return nil, nil, fmt.Errorf("%s:%d: %w", ProfileFile, lineAt(data, dec.InputOffset()), err)
	}
	if err := expectDelim(dec, '{'); err != nil {
		return fail(err)
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return fail(err)
		}
		key, _ := t.(string)
		switch key {
		case "name":
			err = dec.Decode(&p.Name)
		case "title":
			err = dec.Decode(&p.Title)
		case "start":
			err = dec.Decode(&p.Start)
		case "end":
			err = dec.Decode(&p.End)
		case "sides":
			p.Sides, lines.sides, err = decodeArray[SideInfo](dec, data)
		case "actors":
			p.Actors, lines.actors, err = decodeArray[Actor](dec, data)
		case "outlets":
			p.Outlets, lines.outlets, err = decodeArray[Outlet](dec, data)
		case "weapons":
			p.Weapons, lines.weapons, err = decodeArray[Weapon](dec, data)
		default:
			err = fmt.Errorf("unknown field %q", key)
		}
		if err != nil {
			return fail(err)
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return fail(err)
	}
	return p, lines, nil
}

func expectDelim(dec *json.Decoder, d json.Delim) error {
	t, err := dec.Token()
	if err != nil {
		return err
	}
	if t != d {
		return fmt.Errorf("want %q, found %v", d, t)
	}
	return nil
}

func decodeArray[T any](dec *json.Decoder, data []byte) ([]T, []int, error) {
	if err := expectDelim(dec, '['); err != nil {
		return nil, nil, err
	}
	var out []T
	var lines []int
	for dec.More() {
		line := lineAt(data, dec.InputOffset())
		var v T
		if err := dec.Decode(&v); err != nil {
			return nil, nil, err
		}
		out = append(out, v)
		lines = append(lines, line)
	}
	return out, lines, expectDelim(dec, ']')
}

// lineAt returns the line of the first byte at or after off that is not
// white space or a comma: where the next value starts.
func lineAt(data []byte, off int64) int {
	i := int(off)
	if i > len(data) {
		i = len(data)
	}
	for i < len(data) && strings.IndexByte(" \t\r\n,:", data[i]) >= 0 {
		i++
	}
	return 1 + bytes.Count(data[:i], []byte{'\n'})
}

// validate checks what profile.json says on its own.
func (p *Profile) validate(l *elemLines) error {
	if p.Name == "" {
		return fmt.Errorf("%s: no name", ProfileFile)
	}
	start, err := time.Parse(time.DateOnly, p.Start)
	if err != nil {
		return fmt.Errorf("%s: start %q is not a YYYY-MM-DD date", ProfileFile, p.Start)
	}
	if p.End != "" {
		end, err := time.Parse(time.DateOnly, p.End)
		if err != nil {
			return fmt.Errorf("%s: end %q is not a YYYY-MM-DD date", ProfileFile, p.End)
		}
		if end.Before(start) {
			return fmt.Errorf("%s: end %s is before start %s", ProfileFile, p.End, p.Start)
		}
	}
	if len(p.Sides) < 2 {
		return fmt.Errorf("%s: a conflict needs at least two sides, found %d", ProfileFile, len(p.Sides))
	}
	codes := map[claimtrail.Side]int{}
	for i, s := range p.Sides {
		at := l.at(l.sides, i)
		if !sideCode.MatchString(string(s.Code)) {
			return fmt.Errorf("%s: side code %q must be upper-case letters, like \"ARM\"", at, s.Code)
		}
		if _, dup := codes[s.Code]; dup {
			return fmt.Errorf("%s: side %q is defined twice", at, s.Code)
		}
		codes[s.Code] = i
		if len(s.Terms) == 0 {
			return fmt.Errorf("%s: side %q has no terms", at, s.Code)
		}
	}
	for i, a := range p.Actors {
		at := l.at(l.actors, i)
		if a.Name == "" {
			return fmt.Errorf("%s: actor without a name", at)
		}
		if _, ok := codes[a.Side]; a.Side != "" && !ok {
			return fmt.Errorf("%s: actor %q has side %q, which is not a side of this profile", at, a.Name, a.Side)
		}
		if !slices.Contains(actorRoles, a.Role) {
			return fmt.Errorf("%s: actor %q has role %q, want one of %v", at, a.Name, a.Role, actorRoles)
		}
		if !slices.Contains(actorKinds, a.Kind) {
			return fmt.Errorf("%s: actor %q has kind %q, want one of %v", at, a.Name, a.Kind, actorKinds)
		}
	}
	for i, o := range p.Outlets {
		at := l.at(l.outlets, i)
		if o.Name == "" {
			return fmt.Errorf("%s: outlet without a name", at)
		}
		if _, ok := codes[o.Side]; o.Side != "" && !ok {
			return fmt.Errorf("%s: outlet %q has side %q, which is not a side of this profile", at, o.Name, o.Side)
		}
		for _, d := range o.Domains {
			if d != lowerASCII(d) || strings.ContainsAny(d, "/: ") || !strings.Contains(d, ".") {
				return fmt.Errorf("%s: outlet %q: domain %q must be a lower-case host name like \"southfront.org\"", at, o.Name, d)
			}
		}
	}
	for i, w := range p.Weapons {
		at := l.at(l.weapons, i)
		if !slices.Contains(claimtrail.QuantityItems, w.Item) {
			return fmt.Errorf("%s: weapon item %q is not a quantity item of the spec %v", at, w.Item, claimtrail.QuantityItems)
		}
		if len(w.Names) == 0 {
			return fmt.Errorf("%s: weapon item %q has no names", at, w.Item)
		}
	}
	return nil
}
