-- The search index without FTS4's per-document sizes (matchinfo=fts3): only ranking reads
-- them, the search box does not rank, and keeping them cost an extra row for every case.
-- The index is contentless, so it cannot be filled again from itself: SearchIndex in the
-- intake module indexes every case again when search_index_state says the index is behind.

DROP TABLE case_search;
CREATE VIRTUAL TABLE case_search USING fts4 (content="", matchinfo=fts3, tokens);

-- Which version of SearchTokens made the index. A later migration that changes how cases
-- are tokenised empties case_search the same way and deletes this row.
CREATE TABLE search_index_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    tokens_version INTEGER NOT NULL,
    indexed_at TEXT NOT NULL
);
-- A store without cases has nothing to index: its empty index is already current.
INSERT INTO search_index_state (id, tokens_version, indexed_at)
    SELECT 1, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE NOT EXISTS (SELECT 1 FROM cases);
