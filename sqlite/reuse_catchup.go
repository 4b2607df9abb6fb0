package sqlite

import (
	"context"
	"fmt"

	"github.com/claimtrail/claimtrail/reuse"
)

// CatchUpReuse indexes, with det, every stored document that its reuse
// index has not indexed yet, in the order they were stored, and stores the
// reuse records found. det must be a Detector over an index of this ledger
// (db.ReuseIndex()). It returns the number of documents looked at.
//
// Call it before ingesting with reuse detection. The documents it finds
// are those of a run that died between storing a batch and writing the
// index's buffer (the ledger then holds documents the index lacks), of a
// run without reuse detection, and, once after migration 0101, all of them.
// Reuse records are keyed by pair and offsets, so storing those of a
// document a second time changes nothing.
func (db *DB) CatchUpReuse(ctx context.Context, det *reuse.Detector) (int, error) {
	x, ok := det.Index().(*ReuseIndex)
	if !ok {
		return 0, fmt.Errorf("sqlite: catch up reuse: the detector's index is %T, not this ledger's", det.Index())
	}
	// Anything buffered belongs below the watermark's new value: write it
	// first, so the watermark read here is current.
	if err := det.Flush(ctx); err != nil {
		return 0, err
	}
	mark, err := db.ReuseWatermark(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	const page = 256
	for {
		ids, rowids, err := db.documentsAfter(ctx, mark, page)
		if err != nil {
			return n, err
		}
		if len(ids) == 0 {
			return n, nil
		}
		for _, id := range ids {
			doc, err := db.Document(ctx, id)
			if err != nil {
				return n, fmt.Errorf("sqlite: catch up reuse: %w", err)
			}
			res, err := det.Ingest(ctx, doc)
			if err != nil {
				return n, fmt.Errorf("sqlite: catch up reuse: %w", err)
			}
			if err := db.PutReuse(ctx, res.Reuses); err != nil {
				return n, fmt.Errorf("sqlite: catch up reuse: %w", err)
			}
			n++
		}
		if err := det.Flush(ctx); err != nil {
			return n, err
		}
		// Documents already indexed (Known) moved nothing: move the mark
		// past the whole page.
		mark = rowids[len(rowids)-1]
		if err := x.raiseWatermark(ctx, mark); err != nil {
			return n, err
		}
	}
}

// documentsAfter returns the ids and rowids of up to n documents stored
// after rowid mark, in storage order.
func (db *DB) documentsAfter(ctx context.Context, mark int64, n int) ([]string, []int64, error) {
	rows, err := db.reader.QueryContext(ctx, `SELECT rowid, id FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?`, mark, n)
	if err != nil {
		return nil, nil, fmt.Errorf("sqlite: catch up reuse: %w", err)
	}
	defer rows.Close()
	var ids []string
	var rowids []int64
	for rows.Next() {
		var r int64
		var id string
		if err := rows.Scan(&r, &id); err != nil {
			return nil, nil, fmt.Errorf("sqlite: catch up reuse: %w", err)
		}
		ids, rowids = append(ids, id), append(rowids, r)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("sqlite: catch up reuse: %w", err)
	}
	return ids, rowids, nil
}

// raiseWatermark records that every document up to rowid mark is indexed.
func (x *ReuseIndex) raiseWatermark(ctx context.Context, mark int64) error {
	if _, err := x.w.ExecContext(ctx, `UPDATE reuse_state SET watermark = max(watermark, ?)`, mark); err != nil {
		return fmt.Errorf("sqlite: reuse index: watermark: %w", err)
	}
	return nil
}

// ReuseWatermark returns the highest documents rowid up to which every
// stored document is indexed for reuse.
func (db *DB) ReuseWatermark(ctx context.Context) (int64, error) {
	var mark int64
	if err := db.reader.QueryRowContext(ctx, `SELECT watermark FROM reuse_state`).Scan(&mark); err != nil {
		return 0, fmt.Errorf("sqlite: reuse watermark: %w", err)
	}
	return mark, nil
}
