-- The server watches complaint deadlines: a complaint whose deadline passes while its order is
-- neither resolved nor closed and no resolution was recorded is marked once (overdue_at), put on
-- the order's timeline and pushed to the responsible unit and the owner. A new deadline re-arms it.

ALTER TABLE ticket_complaint ADD COLUMN overdue_at timestamptz;

-- The watcher's scan: deadlines not reported and not resolved.
CREATE INDEX ticket_complaint_watch_idx ON ticket_complaint (deadline)
    WHERE deadline IS NOT NULL AND overdue_at IS NULL AND recorded_at IS NULL;

DO $$
DECLARE
    def text;
    kinds text[];
BEGIN
    SELECT pg_get_constraintdef(c.oid) INTO def
      FROM pg_constraint c
     WHERE c.conrelid = 'ticket_event'::regclass AND c.conname = 'ticket_event_kind_check';
    IF def IS NULL THEN
        RAISE EXCEPTION 'ticket_event_kind_check not found';
    END IF;
    kinds := array(SELECT m[1] FROM regexp_matches(def, '''([a-z_]+)''', 'g') AS m
                   UNION
                   SELECT unnest(string_to_array(m[1], ',')) FROM regexp_matches(def, '''\{([a-z_,]+)\}''', 'g') AS m);
    IF NOT 'created' = ANY (kinds) OR NOT 'complaint_set' = ANY (kinds) THEN
        RAISE EXCEPTION 'could not read the kinds of ticket_event_kind_check: %', def;
    END IF;
    kinds := array(SELECT DISTINCT unnest(kinds || ARRAY['complaint_overdue']) ORDER BY 1);
    ALTER TABLE ticket_event DROP CONSTRAINT ticket_event_kind_check;
    EXECUTE format('ALTER TABLE ticket_event ADD CONSTRAINT ticket_event_kind_check CHECK (kind = ANY (%L::text[]))',
                   kinds);
END $$;
