-- Denial memory (issue 17): a guest who asks again after a denial is marked on the host's row.
-- `email_key` is the email as compared (trimmed, lower case); `device_key` the digest of the
-- browser's own id together with the item (so no column links one browser across items);
-- `denied_before` how many earlier denials of the same person on the item the join found.
ALTER TABLE guests ADD COLUMN email_key TEXT;
ALTER TABLE guests ADD COLUMN device_key TEXT;
ALTER TABLE guests ADD COLUMN denied_before INTEGER NOT NULL DEFAULT 0;
UPDATE guests SET email_key = lower(trim(email));
CREATE INDEX guests_denied_email ON guests(media_id, email_key) WHERE admission = 'denied';
CREATE INDEX guests_denied_device ON guests(media_id, device_key) WHERE admission = 'denied';
