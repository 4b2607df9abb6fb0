package profile

import (
	"fmt"
	"io/fs"
	"sync"

	"github.com/claimtrail/claimtrail/profiles"
)

var builtin struct {
	once sync.Once
	ps   []*Profile
	err  error
}

// Builtin returns the profiles shipped in the binary (package profiles),
// sorted by name. They are loaded once; later calls return the same
// profiles in a new slice.
func Builtin() ([]*Profile, error) {
	builtin.once.Do(func() {
		entries, err := fs.ReadDir(profiles.FS, ".")
		if err != nil {
			builtin.err = err
			return
		}
		for _, e := range entries {
			if !e.IsDir() {
				continue
			}
			sub, err := fs.Sub(profiles.FS, e.Name())
			if err != nil {
				builtin.err = err
				return
			}
			p, err := Load(sub)
			if err != nil {
				builtin.err = fmt.Errorf("builtin profile %s: %w", e.Name(), err)
				return
			}
			builtin.ps = append(builtin.ps, p)
		}
	})
	if builtin.err != nil {
		return nil, builtin.err
	}
	return append([]*Profile(nil), builtin.ps...), nil
}
