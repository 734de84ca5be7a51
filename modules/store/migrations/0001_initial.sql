-- The first schema: the device, users, the audit journal, the change journal, settings.
-- Released migrations are never edited; a change to the schema is a new numbered file.

-- This workstation as the registry knows it. One row. epoch grows each time the database
-- is restored from a backup, so change-journal numbers never collide with ones already
-- sent; restored is set in every backup copy and cleared when the copy is first opened.
CREATE TABLE device (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device_id TEXT NOT NULL,
    office TEXT NOT NULL,
    epoch INTEGER NOT NULL DEFAULT 1,
    next_sequence INTEGER NOT NULL DEFAULT 1,
    restored INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL
        CHECK (role IN ('clerk', 'hearing-secretary', 'supervisor', 'administrator')),
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- Who did what, when, to which record. Each row carries the SHA-256 of the previous row's
-- hash and its own canonical form, so a changed or removed row breaks the chain.
CREATE TABLE audit_journal (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);

-- What the sync client sends to the registry: one row per change to a record that syncs,
-- keyed by this device's epoch and sequence number.
CREATE TABLE change_journal (
    epoch INTEGER NOT NULL,
    sequence INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    fields TEXT NOT NULL,
    base_version INTEGER NOT NULL,
    sent INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (epoch, sequence)
);
CREATE INDEX change_journal_unsent ON change_journal (sent, epoch, sequence);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
