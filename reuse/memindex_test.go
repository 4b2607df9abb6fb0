package reuse_test

import (
	"testing"

	"github.com/claimtrail/claimtrail/reuse"
	"github.com/claimtrail/claimtrail/reuse/indextest"
)

func TestMemIndex(t *testing.T) {
	indextest.Run(t, func(t *testing.T) reuse.Index { return reuse.NewMemIndex() })
}
