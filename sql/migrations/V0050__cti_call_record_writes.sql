-- Cheaper call bookkeeping. Every call is inserted once and updated several times (ringing,
-- popped to, answered, ended): the covering columns of call_record_offered_idx served only the
-- wallboard's scan of today's calls, which V0049 replaced with counters, and an update can only
-- be HOT (no new index entries) when the new row version fits on its page: leave room for it.

DROP INDEX call_record_offered_idx;
CREATE INDEX call_record_offered_idx ON call_record (offered_at);
ALTER TABLE call_record SET (fillfactor = 85);
