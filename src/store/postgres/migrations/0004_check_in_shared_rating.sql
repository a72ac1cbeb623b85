-- A leader may let their manager see a check-in's rating with their name (the check-in card asks;
-- without it the manager's digest shows only figures for groups of at least the minimum size).
-- NULL, like a missing field in the file store, means no.
ALTER TABLE check_ins ADD COLUMN share_rating_with_manager boolean;
