-- Times are Unix milliseconds (UTC), so that SQL can compare them in conditional updates.

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL
);

CREATE TABLE sessions (
    token TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);

CREATE TABLE settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    max_guest_links INTEGER NOT NULL,
    invite_link_duration_minutes INTEGER NOT NULL,
    invite_link_reusability INTEGER NOT NULL,
    invite_email_template INTEGER NOT NULL
);

INSERT INTO settings VALUES (1, 3, 1440, 1, 1);

CREATE TABLE media (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    kind TEXT NOT NULL,
    -- As stored; a `scheduled` item whose starts_at has passed reads as `live`.
    status TEXT NOT NULL CHECK (status IN ('scheduled', 'live', 'ended', 'unavailable')),
    starts_at INTEGER,
    thumbnail_url TEXT,
    guest_access_enabled INTEGER NOT NULL DEFAULT 0,
    lobby_message TEXT
);

CREATE TABLE media_members (
    media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'cohost', 'viewer')),
    PRIMARY KEY (media_id, user_id)
);

CREATE INDEX media_members_by_user ON media_members(user_id, media_id);

-- AUTOINCREMENT: a deleted link's id is never reused, so a stale DELETE cannot hit a new link.
CREATE TABLE guest_links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    max_clicks INTEGER,
    clicks INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX guest_links_by_media ON guest_links(media_id, created_at, id);

-- A guest outlives their link: `link_id` turns NULL when the link is deleted.
CREATE TABLE guests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    link_id INTEGER REFERENCES guest_links(id) ON DELETE SET NULL,
    token TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    admission TEXT NOT NULL CHECK (admission IN ('waiting', 'admitted', 'denied', 'removed')),
    waiting_since INTEGER NOT NULL,
    decided_at INTEGER
);

CREATE INDEX guests_queue ON guests(media_id, admission, waiting_since, id);

CREATE TABLE invites (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    token TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'moderator', 'speaker')),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    max_uses INTEGER,
    uses INTEGER NOT NULL DEFAULT 0,
    emailed INTEGER NOT NULL,
    -- Revoked invites are kept so that their sessions and attempts still resolve.
    revoked_at INTEGER
);

CREATE INDEX invites_by_media ON invites(media_id, created_at, id);

CREATE TABLE invite_attempts (
    id INTEGER PRIMARY KEY,
    invite_id INTEGER NOT NULL REFERENCES invites(id) ON DELETE CASCADE,
    attempted_at INTEGER NOT NULL
);

CREATE INDEX invite_attempts_by_invite ON invite_attempts(invite_id, attempted_at);

CREATE TABLE invitee_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    invite_id INTEGER NOT NULL REFERENCES invites(id) ON DELETE CASCADE,
    token TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE participants (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('user', 'guest', 'invitee')),
    role TEXT NOT NULL CHECK (role IN ('host', 'moderator', 'speaker', 'viewer')),
    joined_at INTEGER NOT NULL,
    left_at INTEGER,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    guest_id INTEGER UNIQUE REFERENCES guests(id) ON DELETE CASCADE,
    invitee_session_id INTEGER UNIQUE REFERENCES invitee_sessions(id) ON DELETE CASCADE
);

CREATE INDEX participants_present ON participants(media_id, left_at, joined_at, id);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    sent_at INTEGER NOT NULL
);
