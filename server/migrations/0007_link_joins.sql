-- "Used by" (issue 14 item 1): a link's guests newest first, paged by (waiting_since, id)
-- keys, read from this index alone up to the page's rows.
CREATE INDEX guests_by_link ON guests(link_id, waiting_since, id);
