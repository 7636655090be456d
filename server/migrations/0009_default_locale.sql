-- The platform's language (issue 15): a BCP 47 tag, or NULL for "the reader's browser decides".
-- The reference platform speaks English unless told otherwise.
ALTER TABLE settings ADD COLUMN default_locale TEXT;
UPDATE settings SET default_locale = 'en';
