-- The wallboard's calls of today, kept as counters instead of counted: a scan of today's calls
-- grows with the day (tens of thousands of calls, their pages recently written, so never an
-- index-only scan) and ran twice a second while calls come in. A trigger keeps the counters in
-- the transaction that records the call, so no writer can forget them. `day` is
-- date_trunc('day', offered_at) in the server's time zone, as the figures ask for today.

CREATE TABLE call_day_figures (
    day       timestamptz PRIMARY KEY,
    offered   integer NOT NULL DEFAULT 0,   -- inbound calls offered that day
    answered  integer NOT NULL DEFAULT 0,   -- of them: outcome answered
    abandoned integer NOT NULL DEFAULT 0    -- of them: outcome abandoned or timeout
);

-- A call's outcome changes on the same day and direction (nearly always): one update of the
-- day's counters with the differences; otherwise the old contribution out, the new one in.
CREATE FUNCTION call_day_figures_count() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE TRIGGER call_record_day_figures_insert AFTER INSERT ON call_record
    FOR EACH ROW EXECUTE FUNCTION call_day_figures_count();
CREATE TRIGGER call_record_day_figures_update AFTER UPDATE OF direction, outcome, offered_at ON call_record
    FOR EACH ROW WHEN (OLD.direction IS DISTINCT FROM NEW.direction OR OLD.outcome IS DISTINCT FROM NEW.outcome
                       OR OLD.offered_at IS DISTINCT FROM NEW.offered_at)
    EXECUTE FUNCTION call_day_figures_count();

INSERT INTO call_day_figures (day, offered, answered, abandoned)
SELECT date_trunc('day', offered_at), count(*), count(*) FILTER (WHERE outcome = 'answered'),
       count(*) FILTER (WHERE outcome IN ('abandoned', 'timeout'))
FROM call_record WHERE direction = 'inbound' GROUP BY 1;
