-- Progress of long jobs (backups, imports, reindexing), shown as a bar in
-- the browser while the job runs.
ALTER TABLE jobs ADD COLUMN progress_done INTEGER NOT NULL DEFAULT 0;
ALTER TABLE jobs ADD COLUMN progress_total INTEGER NOT NULL DEFAULT 0;
ALTER TABLE jobs ADD COLUMN progress_note TEXT NOT NULL DEFAULT '';
