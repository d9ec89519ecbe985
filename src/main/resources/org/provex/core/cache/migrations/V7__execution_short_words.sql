-- Provex cache schema: an index for search words of one or two characters, which the trigram index cannot answer
-- (they were matched with LIKE, a pass over every run). For each execution, every character and every pair of
-- adjacent characters of its description, status detail and workflow name is a token (written by the SQL function
-- provex_grams that Provex registers on its connections; see SearchGrams). Only which rows hold a token is kept:
-- no positions, no content; a row's tokens are taken out again with the 'delete' command and the same texts.
CREATE VIRTUAL TABLE execution_grams USING fts5(grams, tokenize = 'ascii', detail = none, content = '');
INSERT INTO execution_grams (execution_grams, rank) VALUES ('hashsize', 33554432);
INSERT INTO execution_grams (rowid, grams)
    SELECT rowid, provex_grams(description, status_detail, workflow_name) FROM execution;
