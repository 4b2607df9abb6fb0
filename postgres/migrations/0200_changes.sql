-- The change feed: one row per document, given a new position each time the
-- document is stored, replaced, or its claims' provenance changes, so that a
-- long-running reader (the web server) can follow what workers write.
-- PostgreSQL commits transactions out of sequence order, so a row records
-- its writing transaction (tx) and readers only take rows of transactions
-- older than the oldest one still running (pg_snapshot_xmin): those are all
-- finished, and a later committer always has a larger tx than that bound.
CREATE TABLE doc_changes (
	doc TEXT COLLATE "C" PRIMARY KEY,
	tx  XID8 NOT NULL DEFAULT pg_current_xact_id(),
	seq BIGINT GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX doc_changes_order ON doc_changes (tx, seq);
INSERT INTO doc_changes (doc) SELECT id FROM documents ORDER BY id;

CREATE FUNCTION claimtrail_doc_changed(id TEXT) RETURNS void LANGUAGE sql AS $$
	INSERT INTO doc_changes (doc) VALUES (id)
	ON CONFLICT (doc) DO UPDATE SET tx = pg_current_xact_id(), seq = DEFAULT;
$$;
CREATE FUNCTION claimtrail_documents_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM claimtrail_doc_changed(NEW.id);
	RETURN NULL;
END $$;
CREATE FUNCTION claimtrail_claims_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF OLD.origin IS DISTINCT FROM NEW.origin OR OLD.independent IS DISTINCT FROM NEW.independent THEN
		PERFORM claimtrail_doc_changed(NEW.doc);
	END IF;
	RETURN NULL;
END $$;
CREATE TRIGGER documents_changed AFTER INSERT OR UPDATE ON documents
	FOR EACH ROW EXECUTE FUNCTION claimtrail_documents_changed();
CREATE TRIGGER claims_provenance_changed AFTER UPDATE OF origin, independent ON claims
	FOR EACH ROW EXECUTE FUNCTION claimtrail_claims_changed();
