-- Case intake: applicants, cases, their attachments stored once by content hash, drafts
-- that survive a crash, provisional case numbers, and the search index.

-- A person or enterprise who applies. id_kind says which kind of number id_number is
-- ('resident-id', 'passport', 'credit-code'); the pair is unique, so a returning applicant
-- is found by their number.
CREATE TABLE applicants (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    id_kind TEXT NOT NULL,
    id_number TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (id_kind, id_number)
);

-- One application. number is the provisional number this workstation gave it until the
-- registry gives an official one. fields holds the form's values as JSON, keyed by the
-- case type's field ids.
CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    official_number TEXT,
    case_type TEXT NOT NULL,
    case_type_version INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('received', 'checked', 'awaiting-approval',
                                           'approved', 'rejected', 'closed')),
    applicant_id TEXT NOT NULL REFERENCES applicants (id),
    fields TEXT NOT NULL,
    fee_fen INTEGER NOT NULL DEFAULT 0 CHECK (fee_fen >= 0),
    taken_in_by TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cases_created ON cases (created_at);
CREATE INDEX cases_status ON cases (status, created_at);
CREATE INDEX cases_type ON cases (case_type, created_at);
CREATE INDEX cases_clerk ON cases (taken_in_by, created_at);
CREATE INDEX cases_applicant ON cases (applicant_id);
-- Most cases wait for their official number; leaving them out of the index keeps intake fast.
CREATE UNIQUE INDEX cases_official_number ON cases (official_number)
    WHERE official_number IS NOT NULL;

-- Each received file once, by the SHA-256 of its content.
CREATE TABLE attachment_files (
    sha256 TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    page_count INTEGER,
    content BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- Which file was handed in for which required document of which case.
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    document TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES attachment_files (sha256),
    file_name TEXT NOT NULL,
    added_by TEXT NOT NULL REFERENCES users (id),
    added_at TEXT NOT NULL
);
CREATE INDEX attachments_case ON attachments (case_id);
CREATE INDEX attachments_file ON attachments (sha256);

-- The form a clerk is filling in, saved as they type: one per clerk. content is the form's
-- state as JSON, including the hashes of the files already kept for it.
CREATE TABLE drafts (
    user_id TEXT PRIMARY KEY REFERENCES users (id),
    id TEXT NOT NULL UNIQUE,
    case_type TEXT NOT NULL,
    content TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The last provisional sequence number given out on each day.
CREATE TABLE case_number_days (
    day TEXT PRIMARY KEY,
    last_sequence INTEGER NOT NULL
);

-- The search box's index: one row per case, its docid the case's rowid, its tokens made by
-- SearchTokens (two-character pieces of Chinese text, words, numbers whole and reversed).
-- Contentless: the tokens are not kept a second time beside the index, which halves the cost
-- of indexing a case. A row can therefore only be removed with FTS4's 'delete' command given
-- the tokens it was indexed with, which SearchTokens can make again from the case.
CREATE VIRTUAL TABLE case_search USING fts4 (content="", tokens);
