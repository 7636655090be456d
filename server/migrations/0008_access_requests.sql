-- Asking the host for access (issue 14 item 3).
-- A deleted link leaves a tombstone, written in the delete's own transaction, so its token
-- still leads to its item's host: only the token's digest (never the token), the link's id
-- and name. Nothing else reads it: a deleted link answers 404 `link_not_found` as before.
CREATE TABLE deleted_guest_links (
    token_hash TEXT PRIMARY KEY,
    link_id INTEGER NOT NULL,
    media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    deleted_at INTEGER NOT NULL
);

-- One open request per link and email (`email_key`: trimmed, lower case); a repeat updates
-- it. `link_id` has no foreign key: the request outlives its link (ids are never reused).
CREATE TABLE access_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    link_id INTEGER NOT NULL,
    link_name TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    note TEXT,
    requested_at INTEGER NOT NULL,
    UNIQUE (link_id, email_key)
);
CREATE INDEX access_requests_by_media ON access_requests(media_id, requested_at);
