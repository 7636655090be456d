-- Bearer secrets (host sessions, guests, invitee sessions) are kept only as SHA-256 digests
-- (hex): a copy of this file signs nobody in. The hook hashes the tokens already stored.
ALTER TABLE sessions RENAME COLUMN token TO token_hash;
ALTER TABLE sessions ADD COLUMN last_seen_at INTEGER NOT NULL DEFAULT 0;
UPDATE sessions SET last_seen_at = created_at;
ALTER TABLE guests RENAME COLUMN token TO token_hash;
ALTER TABLE invitee_sessions RENAME COLUMN token TO token_hash;

-- Link and invite tokens stay readable (hosts copy their URLs again) but are looked up by
-- digest, so the lookup's timing says nothing about the token.
ALTER TABLE guest_links ADD COLUMN token_hash TEXT;
ALTER TABLE invites ADD COLUMN token_hash TEXT;
CREATE UNIQUE INDEX guest_links_by_token_hash ON guest_links(token_hash);
CREATE UNIQUE INDEX invites_by_token_hash ON invites(token_hash);

-- Who sent each email, for the per-host limit on invitation emails.
ALTER TABLE outbox ADD COLUMN sender_id INTEGER REFERENCES users(id) ON DELETE SET NULL;
CREATE INDEX outbox_by_sender ON outbox(sender_id, sent_at);

-- Wrong emails are counted per invite and client, so one client cannot lock others out.
ALTER TABLE invite_attempts ADD COLUMN client TEXT NOT NULL DEFAULT '';
CREATE INDEX invite_attempts_by_client ON invite_attempts(invite_id, client, attempted_at);
