-- Real email: an invite's latest email has a state the host sees, and the outbox keeps each
-- email's parts, its place in the retry queue and every delivery attempt.

-- NULL: no email was asked for. `emailed` stays true once any email was accepted.
ALTER TABLE invites ADD COLUMN email_status TEXT
    CHECK (email_status IN ('pending', 'sent', 'failed'));
ALTER TABLE invites ADD COLUMN email_error TEXT;
UPDATE invites SET email_status = 'sent' WHERE emailed = 1;

-- `sent_at` is when the email was queued; `email_attempts` say when it left.
ALTER TABLE outbox ADD COLUMN invite_id INTEGER REFERENCES invites(id) ON DELETE SET NULL;
ALTER TABLE outbox ADD COLUMN to_name TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN html TEXT;
ALTER TABLE outbox ADD COLUMN calendar TEXT;
ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'sent'
    CHECK (status IN ('pending', 'sent', 'failed'));
-- Only while `pending`: when the next attempt is due.
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER;

CREATE INDEX outbox_due ON outbox(status, next_attempt_at);

CREATE TABLE email_attempts (
    id INTEGER PRIMARY KEY,
    outbox_id INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    attempted_at INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'retry', 'failed')),
    detail TEXT NOT NULL
);

CREATE INDEX email_attempts_by_email ON email_attempts(outbox_id, id);
