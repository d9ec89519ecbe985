-- Provex cache schema, version 1. One database per catalog; the cache is disposable (a full sync
-- rebuilds it), so every table mirrors catalog rows and nothing here is user data.
-- Times are epoch microseconds (INTEGER, UTC): they sort, range-filter and round-trip RCT/RMT
-- and snaptimes exactly. RIDs are normalised text (Rid.of). Vocabulary terms are kept verbatim.
--
-- Foreign keys are declared only where the child row is meaningless without its parent (types,
-- links, nesting, inputs); the writer skips and counts such rows when the parent is missing.
-- References that a catalog may legitimately leave dangling (Execution.Workflow, Dataset.Version,
-- Dataset_Version.Execution, Dataset_Execution.Dataset_Version) are plain text read by LEFT JOIN.

CREATE TABLE catalog_meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE workflow (
    rid         TEXT PRIMARY KEY,
    name        TEXT,
    description TEXT,
    url         TEXT,
    checksum    TEXT,
    version     TEXT,
    rct         INTEGER,
    rmt         INTEGER
);

CREATE TABLE workflow_type (
    workflow_rid TEXT NOT NULL REFERENCES workflow (rid) ON DELETE CASCADE,
    term         TEXT NOT NULL,
    PRIMARY KEY (workflow_rid, term)
) WITHOUT ROWID;

CREATE TABLE execution (
    rid                TEXT PRIMARY KEY,
    workflow_rid       TEXT,
    description        TEXT,
    status             TEXT,
    status_detail      TEXT,
    execution_duration TEXT,
    execution_seconds  REAL,
    download_duration  TEXT,
    download_seconds   REAL,
    upload_duration    TEXT,
    upload_seconds     REAL,
    legacy_duration    TEXT,
    legacy_seconds     REAL,
    -- per-run code version from that run's configuration.json (workflow.version), when known
    run_version        TEXT,
    run_head           TEXT,
    run_dirty          INTEGER,
    -- derived at the end of each load so that list pages need no aggregate per row
    input_count        INTEGER NOT NULL DEFAULT 0,
    input_summary      TEXT,
    unknown_provenance INTEGER NOT NULL DEFAULT 0,
    rct                INTEGER,
    rmt                INTEGER
);

CREATE TABLE execution_nesting (
    parent_rid TEXT NOT NULL REFERENCES execution (rid) ON DELETE CASCADE,
    child_rid  TEXT NOT NULL REFERENCES execution (rid) ON DELETE CASCADE,
    sequence   INTEGER,
    PRIMARY KEY (parent_rid, child_rid)
) WITHOUT ROWID;

CREATE TABLE dataset (
    rid                 TEXT PRIMARY KEY,
    description         TEXT,
    deleted             INTEGER NOT NULL DEFAULT 0,
    current_version_rid TEXT,
    rct                 INTEGER,
    rmt                 INTEGER
);

CREATE TABLE dataset_type (
    dataset_rid TEXT NOT NULL REFERENCES dataset (rid) ON DELETE CASCADE,
    term        TEXT NOT NULL,
    PRIMARY KEY (dataset_rid, term)
) WITHOUT ROWID;

CREATE TABLE dataset_nesting (
    parent_rid TEXT NOT NULL REFERENCES dataset (rid) ON DELETE CASCADE,
    child_rid  TEXT NOT NULL REFERENCES dataset (rid) ON DELETE CASCADE,
    PRIMARY KEY (parent_rid, child_rid)
) WITHOUT ROWID;

CREATE TABLE dataset_version (
    rid             TEXT PRIMARY KEY,
    dataset_rid     TEXT NOT NULL REFERENCES dataset (rid) ON DELETE CASCADE,
    version         TEXT,
    -- PEP 440 rank within the dataset (0 = oldest), computed in Java with Pep440Version
    version_order   INTEGER NOT NULL DEFAULT 0,
    is_dev          INTEGER NOT NULL DEFAULT 0,
    description     TEXT,
    execution_rid   TEXT,
    minid           TEXT,
    snapshot        TEXT,
    snapshot_micros INTEGER,
    rct             INTEGER,
    rmt             INTEGER
);

CREATE TABLE execution_input (
    execution_rid       TEXT NOT NULL REFERENCES execution (rid) ON DELETE CASCADE,
    dataset_rid         TEXT NOT NULL REFERENCES dataset (rid) ON DELETE CASCADE,
    dataset_version_rid TEXT,
    version_label       TEXT,
    snapshot            TEXT,
    source              TEXT NOT NULL CHECK (source IN ('CATALOG', 'CONFIGURATION', 'UNPINNED')),
    PRIMARY KEY (execution_rid, dataset_rid)
) WITHOUT ROWID;

CREATE TABLE asset (
    rid         TEXT PRIMARY KEY,
    asset_table TEXT NOT NULL,            -- schema:table
    url         TEXT,
    filename    TEXT COLLATE NOCASE,      -- file lookups by name are case-insensitive
    length      INTEGER,
    md5         TEXT,                     -- lower-case hex
    description TEXT,
    rct         INTEGER,
    rmt         INTEGER
);

CREATE TABLE asset_type (
    asset_rid TEXT NOT NULL REFERENCES asset (rid) ON DELETE CASCADE,
    term      TEXT NOT NULL,
    PRIMARY KEY (asset_rid, term)
) WITHOUT ROWID;

-- One asset row may belong to many executions (rows are content-addressed and shared).
CREATE TABLE asset_link (
    asset_rid     TEXT NOT NULL REFERENCES asset (rid) ON DELETE CASCADE,
    execution_rid TEXT NOT NULL REFERENCES execution (rid) ON DELETE CASCADE,
    role          TEXT NOT NULL,          -- AssetRole name: INPUT, OUTPUT, UNSPECIFIED
    PRIMARY KEY (asset_rid, execution_rid, role)
) WITHOUT ROWID;

-- Substring search (trigram tokenizer: case-insensitive, matches inside words such as "ifar")
-- over the three texts a person types into the executions search box. Rebuilt after each load;
-- rowid = execution.rowid. Search terms shorter than 3 characters fall back to LIKE.
CREATE VIRTUAL TABLE execution_search USING fts5(
    description, status_detail, workflow_name, tokenize = 'trigram'
);

-- Indexes, sized for ~100,000 executions:
-- * the executions list filters by status, workflow, input dataset and a created range and shows
--   the newest first; (status, rct), (workflow_rid, rct) and (rct) let SQLite either seek the filter
--   or walk rct in order and stop after one page, whichever its planner prefers;
-- * sorting by a duration or the input count walks the matching index instead of sorting 100k rows
--   for an unfiltered page; description/status_detail sorts are rare and sort in memory;
-- * execution_input (dataset_rid, dataset_version_rid, execution_rid) answers "who consumed this
--   dataset (version)" as an index-only scan; the primary key covers "inputs of this run";
-- * reverse lookups: children -> parent, producing execution of a version, asset links by
--   execution, assets by MD5 and by file name (NOCASE, matching the column collation).
CREATE INDEX execution_status_rct ON execution (status, rct);
CREATE INDEX execution_workflow_rct ON execution (workflow_rid, rct);
CREATE INDEX execution_rct ON execution (rct);
CREATE INDEX execution_exec_seconds ON execution (execution_seconds);
CREATE INDEX execution_input_count ON execution (input_count);
CREATE INDEX execution_nesting_child ON execution_nesting (child_rid);
CREATE INDEX execution_input_dataset ON execution_input (dataset_rid, dataset_version_rid, execution_rid);
CREATE INDEX dataset_version_dataset ON dataset_version (dataset_rid, version_order);
CREATE INDEX dataset_version_execution ON dataset_version (execution_rid);
CREATE INDEX asset_md5 ON asset (md5);
CREATE INDEX asset_filename ON asset (filename COLLATE NOCASE);
CREATE INDEX asset_link_execution ON asset_link (execution_rid);
CREATE INDEX workflow_name ON workflow (name);
