-- Guests can leave on their own (DELETE /guest-sessions/{id}): their session then reads
-- `removed`, and `left_at` says it was their choice, not a moderator's.
ALTER TABLE guests ADD COLUMN left_at INTEGER;
