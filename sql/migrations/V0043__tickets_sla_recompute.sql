-- SLA deadlines recomputed after a policy change (sla.recompute, sla.policy.set with recompute)
-- and the completion clock restarted when an order is reopened. A running clock's deadline is
-- always its start + the policy's minutes + the pauses that ended since the start; the start is
-- created_at, or for the completion clock the last reopen (sla_completion_from).

ALTER TABLE ticket ADD COLUMN sla_completion_from timestamptz;   -- null: created_at

-- Two more kinds of timeline events. The list is extended, not restated; the constraint is read
-- in either form PostgreSQL prints it in (IN / ARRAY[...] and = ANY ('{...}'::text[])).
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
    IF NOT 'created' = ANY (kinds) OR NOT 'sla_breached' = ANY (kinds) THEN
        RAISE EXCEPTION 'could not read the kinds of ticket_event_kind_check: %', def;
    END IF;
    kinds := array(SELECT DISTINCT unnest(kinds || ARRAY['sla_recomputed', 'sla_restarted']) ORDER BY 1);
    ALTER TABLE ticket_event DROP CONSTRAINT ticket_event_kind_check;
    EXECUTE format('ALTER TABLE ticket_event ADD CONSTRAINT ticket_event_kind_check CHECK (kind = ANY (%L::text[]))',
                   kinds);
END $$;
