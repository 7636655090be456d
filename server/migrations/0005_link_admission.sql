-- An admission rule per guest link (issue 17): for live items, whether its guests wait for a
-- moderator or enter directly. Links from before keep the waiting room.
ALTER TABLE guest_links ADD COLUMN admission TEXT NOT NULL DEFAULT 'wait'
    CHECK (admission IN ('wait', 'direct'));
