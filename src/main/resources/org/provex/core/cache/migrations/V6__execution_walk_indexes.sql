-- Provex cache schema: the executions list reads a first page by walking the sort key's index and checking the
-- filter on each entry until the page is full. Each sort key's index therefore also carries the columns that the
-- status, workflow and created filters test (status, workflow_rid, rct), so that a walk reads index entries only
-- and never the rows it passes over (a row of execution is hundreds of bytes, an index entry a few dozen).
-- The RID gets such an index of its own. The filter indexes of version 1 stay for the filtered reads that start
-- from a filter rather than from the order.
DROP INDEX execution_rct;
DROP INDEX execution_status_rid;
DROP INDEX execution_description;
DROP INDEX execution_workflow_name;
DROP INDEX execution_exec_seconds;
DROP INDEX execution_download_seconds;
DROP INDEX execution_upload_seconds;
DROP INDEX execution_legacy_seconds;
DROP INDEX execution_input_count;
CREATE INDEX execution_rid_keys ON execution (rid, status, workflow_rid, rct);
CREATE INDEX execution_rct ON execution (rct, rid, status, workflow_rid);
CREATE INDEX execution_status_rid ON execution (status, rid, workflow_rid, rct);
CREATE INDEX execution_description ON execution (description COLLATE NOCASE, rid, status, workflow_rid, rct);
CREATE INDEX execution_workflow_name ON execution (workflow_name COLLATE NOCASE, rid, status, workflow_rid, rct);
CREATE INDEX execution_exec_seconds ON execution (execution_seconds, rid, status, workflow_rid, rct);
CREATE INDEX execution_download_seconds ON execution (download_seconds, rid, status, workflow_rid, rct);
CREATE INDEX execution_upload_seconds ON execution (upload_seconds, rid, status, workflow_rid, rct);
CREATE INDEX execution_legacy_seconds ON execution (legacy_seconds, rid, status, workflow_rid, rct);
CREATE INDEX execution_input_count ON execution (input_count, rid, status, workflow_rid, rct);
ANALYZE execution;
