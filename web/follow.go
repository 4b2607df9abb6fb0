package web

import (
	"context"
	"time"

	"github.com/claimtrail/claimtrail"
)

// followBatch is how many changed documents one poll folds in at a time.
const followBatch = 500

// Follow folds into the server's views the documents that other processes
// store in the same ledger (queue workers, another ingest), as the store's
// change feed lists them, from the cursor cfg.ChangesFrom, every
// cfg.Follow, until ctx is done. It returns at once when the store has no
// change feed or Follow is zero. ListenAndServe runs it.
func (s *Server) Follow(ctx context.Context) {
	feed, ok := s.cfg.Store.(claimtrail.ChangeFeed)
	if !ok || s.cfg.Follow <= 0 {
		return
	}
	cursor := s.cfg.ChangesFrom
	t := time.NewTicker(s.cfg.Follow)
	defer t.Stop()
	for {
		next, err := s.catchUp(ctx, feed, cursor)
		if err != nil && ctx.Err() == nil {
			s.cfg.Logger.Warn("following the ledger", "error", err)
		}
		cursor = next
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// catchUp reads the change feed from cursor to its end and refreshes the
// documents it lists; it returns the cursor reached. Documents this server
// ingested itself come back too and are read again, which changes nothing.
func (s *Server) catchUp(ctx context.Context, feed claimtrail.ChangeFeed, cursor string) (string, error) {
	for {
		ids, next, err := feed.Changes(ctx, cursor, followBatch)
		if err != nil || len(ids) == 0 {
			return cursor, err
		}
		s.ingestMu.Lock()
		err = s.refreshKnown(ctx, ids)
		s.ingestMu.Unlock()
		if err != nil {
			return cursor, err
		}
		cursor = next
	}
}

// refreshKnown refreshes the listed documents that exist (a feed may list
// an id whose document a later transaction replaced or that is not a
// document at all).
func (s *Server) refreshKnown(ctx context.Context, ids []string) error {
	keep := ids[:0:0]
	for _, id := range ids {
		if _, err := s.cfg.Store.Document(ctx, id); err == nil {
			keep = append(keep, id)
		} else if claimtrail.ErrorKind(err) != claimtrail.ENotFound {
			return err
		}
	}
	if len(keep) == 0 {
		return nil
	}
	return s.refresh(ctx, keep)
}
