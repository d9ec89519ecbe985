-- Provex cache schema, version 5: the executions list pages through an index for every sort.
-- * The workflow's name is kept on the execution row (derived at the end of each load, like the
--   input summary), so that a sort or search by it needs no join.
-- * One index per sortable key, ending with the RID that breaks ties: a page in any order, first
--   or deep (keyset: after the last key and RID shown), is a walk of one index that stops after the
--   page. Empty values are read as a tail of their own (key IS NULL, then by RID).
ALTER TABLE execution ADD COLUMN workflow_name TEXT;
UPDATE execution SET workflow_name = (SELECT w.name FROM workflow w WHERE w.rid = execution.workflow_rid);

DROP INDEX execution_rct;
DROP INDEX execution_exec_seconds;
DROP INDEX execution_input_count;
CREATE INDEX execution_rct ON execution (rct, rid);
CREATE INDEX execution_status_rid ON execution (status, rid);
CREATE INDEX execution_description ON execution (description COLLATE NOCASE, rid);
CREATE INDEX execution_workflow_name ON execution (workflow_name COLLATE NOCASE, rid);
CREATE INDEX execution_exec_seconds ON execution (execution_seconds, rid);
CREATE INDEX execution_download_seconds ON execution (download_seconds, rid);
CREATE INDEX execution_upload_seconds ON execution (upload_seconds, rid);
CREATE INDEX execution_legacy_seconds ON execution (legacy_seconds, rid);
CREATE INDEX execution_input_count ON execution (input_count, rid);
