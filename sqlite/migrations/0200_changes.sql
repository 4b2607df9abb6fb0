-- The change feed: one row per document, moved to the end (a new seq) each
-- time the document is stored, replaced, or its claims' provenance changes,
-- so that a long-running reader (the web server) can follow what other
-- processes write. SQLite has one writer at a time, so seqs are committed
-- in order and "seq > cursor" never skips a row.
CREATE TABLE doc_changes (
	seq INTEGER PRIMARY KEY AUTOINCREMENT,
	doc TEXT NOT NULL UNIQUE
);
INSERT INTO doc_changes (doc) SELECT id FROM documents ORDER BY rowid;
CREATE TRIGGER documents_changed_insert AFTER INSERT ON documents BEGIN
	INSERT OR REPLACE INTO doc_changes (doc) VALUES (NEW.id);
END;
CREATE TRIGGER documents_changed_update AFTER UPDATE ON documents BEGIN
	INSERT OR REPLACE INTO doc_changes (doc) VALUES (NEW.id);
END;
CREATE TRIGGER claims_provenance_changed AFTER UPDATE OF origin, independent ON claims
WHEN OLD.origin IS NOT NEW.origin OR OLD.independent IS NOT NEW.independent BEGIN
	INSERT OR REPLACE INTO doc_changes (doc) VALUES (NEW.doc);
END;
