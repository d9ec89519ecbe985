-- Lineage and dataset members, version 3.
--
-- Lineage walks expand one frontier of RIDs at a time; these indexes make each step an index seek:
-- who consumed a dataset version (without knowing its dataset), which runs used an asset as input.
CREATE INDEX execution_input_version ON execution_input (dataset_version_rid, execution_rid);
CREATE INDEX workflow_checksum ON workflow (checksum);
CREATE INDEX execution_run_head ON execution (run_head);

-- Dataset members at each released version's snapshot, read by the member sync. Released versions never change,
-- so these tables survive a full sync (the provenance tables are rebuilt, these are not) and are pruned only when
-- a version disappears or its snapshot changes.
--
-- member_version: one row per dataset version whose membership was read (STORED) or could not be read because the
-- catalog no longer holds its snapshot (EXPIRED; nothing else is kept for it). seq numbers the STORED versions of
-- one dataset in snapshot order: membership at seq k is the sum of the deltas 1..k.
CREATE TABLE member_version (
    version_rid TEXT PRIMARY KEY,
    dataset_rid TEXT NOT NULL,
    snapshot    TEXT NOT NULL,
    seq         INTEGER,
    state       TEXT NOT NULL CHECK (state IN ('STORED', 'EXPIRED')),
    detail      TEXT
);
CREATE UNIQUE INDEX member_version_seq ON member_version (dataset_rid, seq);

-- One member set per dataset and member association (schema:table of the association).
CREATE TABLE member_set (
    id           INTEGER PRIMARY KEY,
    dataset_rid  TEXT NOT NULL,
    association  TEXT NOT NULL,
    member_table TEXT NOT NULL,
    UNIQUE (dataset_rid, association)
);

-- Per version and member set: association rows and distinct members at that snapshot, and the change against the
-- previous stored version (counts of the deltas below).
CREATE TABLE member_count (
    version_rid TEXT NOT NULL REFERENCES member_version (version_rid) ON DELETE CASCADE,
    set_id      INTEGER NOT NULL REFERENCES member_set (id) ON DELETE CASCADE,
    members     INTEGER NOT NULL,
    added       INTEGER NOT NULL,
    removed     INTEGER NOT NULL,
    PRIMARY KEY (version_rid, set_id)
) WITHOUT ROWID;

-- The changes only: +1 when a member joins a set at version seq, -1 when it leaves. An unchanged member costs
-- nothing per version. The primary key streams "members at seq k" in RID order (group by member_rid, sum > 0);
-- member_delta_seq reads just the deltas between two versions for a diff.
CREATE TABLE member_delta (
    set_id     INTEGER NOT NULL,
    member_rid TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    sign       INTEGER NOT NULL CHECK (sign IN (-1, 1)),
    PRIMARY KEY (set_id, member_rid, seq)
) WITHOUT ROWID;
CREATE INDEX member_delta_seq ON member_delta (set_id, seq, member_rid, sign);

-- Display values of member rows (a JSON object of the member table's display columns), read once per member at
-- the first snapshot that held it.
CREATE TABLE member_record (
    member_table TEXT NOT NULL,
    rid          TEXT NOT NULL,
    display      TEXT NOT NULL,
    PRIMARY KEY (member_table, rid)
) WITHOUT ROWID;
