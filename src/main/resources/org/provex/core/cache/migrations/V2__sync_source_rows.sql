-- Sync state, version 2. The catalog rows exactly as ERMrest sent them (one per table and RID) and
-- the /schema document they were read with. An incremental sync applies changed and deleted rows
-- here and rebuilds the provenance tables from them in the same transaction, so the cache after an
-- incremental sync equals the cache after a full sync of the same snapshot. Caches loaded without
-- a sync (the demo) leave these tables empty.
-- rid is compared with BINARY collation: the same text order as ERMrest's @sort(RID).

CREATE TABLE source_row (
    table_name TEXT NOT NULL,   -- schema:table
    rid        TEXT NOT NULL,   -- as sent
    body       TEXT NOT NULL,   -- the row's JSON object
    PRIMARY KEY (table_name, rid)
);

CREATE TABLE source_model (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    document TEXT NOT NULL
);
