package sqlite

import (
	"context"
	"fmt"

	"github.com/claimtrail/claimtrail"
)

var _ claimtrail.ProvenanceStore = (*DB)(nil)

// SetProvenance updates the origin and independent-source count of stored
// claims in one transaction; unknown claim ids are ignored.
func (db *DB) SetProvenance(ctx context.Context, ps []claimtrail.ClaimProvenance) error {
	if len(ps) == 0 {
		return nil
	}
	tx, err := db.SQL().BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: set provenance: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `UPDATE claims SET origin = ?, independent = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("sqlite: set provenance: %w", err)
	}
	defer stmt.Close()
	for _, p := range ps {
		if _, err := stmt.ExecContext(ctx, p.Origin, p.Independent, p.Claim); err != nil {
			return fmt.Errorf("sqlite: set provenance of %s: %w", p.Claim, err)
		}
	}
	return tx.Commit()
}
