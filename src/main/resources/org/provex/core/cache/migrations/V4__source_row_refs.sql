-- Sync state, version 4. A stored link row also keeps, normalised, the RIDs it points at that an
-- incremental refresh selects by: the execution (or both ends of a nesting row) of a link to
-- executions, the asset of an asset type row. The refresh finds the link rows of the runs and
-- assets it loads again through these indexes instead of reading every stored row of the table.
-- Other rows leave both NULL and stay out of the (partial) indexes. Rows stored before this
-- version are filled in by the next sync (catalog_meta source_refs).

ALTER TABLE source_row ADD COLUMN ref1 TEXT;
ALTER TABLE source_row ADD COLUMN ref2 TEXT;

CREATE INDEX source_row_ref1 ON source_row (table_name, ref1) WHERE ref1 IS NOT NULL;
CREATE INDEX source_row_ref2 ON source_row (table_name, ref2) WHERE ref2 IS NOT NULL;
