-- The parts used on a work order (with the old parts to recover, 旧件回收) and the fees computed
-- when it is completed (服务收费自动核算): one row per order, replaced when a reopened order is
-- completed again.
CREATE TABLE ticket_part (
    ticket_id      bigint NOT NULL REFERENCES ticket(id),
    line           smallint NOT NULL CHECK (line BETWEEN 1 AND 50),
    part_code      text NOT NULL CHECK (part_code ~ '^[A-Z0-9/_.-]{1,40}$'),
    part_name      text NOT NULL CHECK (char_length(part_name) BETWEEN 1 AND 100),
    qty            integer NOT NULL CHECK (qty BETWEEN 1 AND 999),
    unit_price_fen bigint NOT NULL CHECK (unit_price_fen BETWEEN 0 AND 100000000),
    recover_old    boolean NOT NULL DEFAULT true,
    recovered      boolean NOT NULL DEFAULT false,
    CHECK (recover_old OR NOT recovered),
    PRIMARY KEY (ticket_id, line)
);

CREATE TABLE ticket_fee (
    ticket_id       bigint PRIMARY KEY REFERENCES ticket(id),
    verdict         text NOT NULL CHECK (verdict IN ('free', 'paid', 'undetermined', 'not_applicable')),
    rule            text NOT NULL CHECK (char_length(rule) BETWEEN 1 AND 40),
    labour_fen      bigint NOT NULL CHECK (labour_fen >= 0),
    travel_fen      bigint NOT NULL CHECK (travel_fen >= 0),
    parts_fen       bigint NOT NULL CHECK (parts_fen >= 0),
    total_fen       bigint NOT NULL,
    parts_value_fen bigint NOT NULL CHECK (parts_value_fen >= 0),
    fee_schedule_id bigint REFERENCES fee_schedule(id),
    contract_id     bigint REFERENCES service_contract(id),
    verdict_detail  jsonb NOT NULL DEFAULT '{}',
    computed_by     bigint REFERENCES app_user(id),
    computed_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (total_fen = labour_fen + travel_fen + parts_fen)
);

-- Two more kinds of timeline events. The list is extended rather than restated, so that kinds
-- other migrations added stay allowed whatever the order they were written in.
DO $$
DECLARE
    kinds text[];
BEGIN
    SELECT array_agg(DISTINCT m[1]) INTO kinds
      FROM pg_constraint c, regexp_matches(pg_get_constraintdef(c.oid), '''([a-z_]+)''', 'g') AS m
     WHERE c.conrelid = 'ticket_event'::regclass AND c.conname = 'ticket_event_kind_check';
    kinds := array(SELECT DISTINCT unnest(kinds || ARRAY['parts_set', 'fees_computed']) ORDER BY 1);
    ALTER TABLE ticket_event DROP CONSTRAINT ticket_event_kind_check;
    EXECUTE format('ALTER TABLE ticket_event ADD CONSTRAINT ticket_event_kind_check CHECK (kind = ANY (%L::text[]))',
                   kinds);
END $$;
