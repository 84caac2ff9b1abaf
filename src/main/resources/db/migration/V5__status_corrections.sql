-- An update is corrected at most once: a later fix corrects the correction, so the history stays a
-- single line per update. The index also lets "updates nobody has corrected" be found without a scan.
create unique index status_update_corrects on status_update (corrects_id) where corrects_id is not null;
