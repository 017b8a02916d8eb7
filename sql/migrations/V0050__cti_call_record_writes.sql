-- Cheaper call bookkeeping. Every call is inserted once and updated several times (ringing,
-- popped to, answered, ended): the covering columns of call_record_offered_idx served only the
-- wallboard's scan of today's calls, which V0049 replaced with counters, and an update can only
-- be HOT (no new index entries) when the new row version fits on its page: leave room for it.

DROP INDEX call_record_offered_idx;
CREATE INDEX call_record_offered_idx ON call_record (offered_at);
ALTER TABLE call_record SET (fillfactor = 85);

-- A call's outcome changes on the same day and direction (nearly always): one update of the
-- day's counters with the differences, not a subtraction and an addition.
CREATE OR REPLACE FUNCTION call_day_figures_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.direction = 'inbound' AND NEW.direction = 'inbound'
       AND date_trunc('day', OLD.offered_at) = date_trunc('day', NEW.offered_at) THEN
        UPDATE call_day_figures SET
            answered = answered + coalesce(NEW.outcome = 'answered', false)::int
                                - coalesce(OLD.outcome = 'answered', false)::int,
            abandoned = abandoned + coalesce(NEW.outcome IN ('abandoned', 'timeout'), false)::int
                                  - coalesce(OLD.outcome IN ('abandoned', 'timeout'), false)::int
        WHERE day = date_trunc('day', NEW.offered_at);
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.direction = 'inbound' THEN
        UPDATE call_day_figures SET offered = offered - 1,
            answered = answered - coalesce(OLD.outcome = 'answered', false)::int,
            abandoned = abandoned - coalesce(OLD.outcome IN ('abandoned', 'timeout'), false)::int
        WHERE day = date_trunc('day', OLD.offered_at);
    END IF;
    IF NEW.direction = 'inbound' THEN
        INSERT INTO call_day_figures AS f (day, offered, answered, abandoned)
        VALUES (date_trunc('day', NEW.offered_at), 1, coalesce(NEW.outcome = 'answered', false)::int,
                coalesce(NEW.outcome IN ('abandoned', 'timeout'), false)::int)
        ON CONFLICT (day) DO UPDATE SET offered = f.offered + 1, answered = f.answered + EXCLUDED.answered,
            abandoned = f.abandoned + EXCLUDED.abandoned;
    END IF;
    RETURN NULL;
END $$;
