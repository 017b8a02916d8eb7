-- Supervision (督办, DOMAIN.md §5, §6): a supervisor or manager demands an answer about an order
-- from a unit (the assigned unit by default) by a deadline; the unit answers; the supervisor
-- closes it. The server marks a supervision overdue once when its deadline passes unanswered.
-- Everything is on the order's timeline.

INSERT INTO permission (code, description) VALUES
    ('supervision.open',   'Open and close supervisions (督办) of work orders'),
    ('supervision.answer', 'Answer the supervisions of the own unit and the units below it');
INSERT INTO role_permission (role_code, permission_code) VALUES
    ('supervisor', 'supervision.open'), ('manager', 'supervision.open'),
    ('service_point', 'supervision.answer'), ('supervisor', 'supervision.answer'),
    ('manager', 'supervision.answer');

CREATE TABLE ticket_supervision (
    id                 bigserial PRIMARY KEY,
    ticket_id          bigint NOT NULL REFERENCES ticket(id),
    opened_by          bigint NOT NULL REFERENCES app_user(id),
    opened_at          timestamptz NOT NULL DEFAULT now(),
    deadline           timestamptz NOT NULL,
    demand             text NOT NULL CHECK (char_length(demand) BETWEEN 1 AND 1000),
    target_org_unit_id bigint NOT NULL REFERENCES org_unit(id),
    target_path        ltree NOT NULL,             -- copy of the target unit's path (scope)
    status             text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'overdue', 'answered', 'closed')),
    answer             text NOT NULL DEFAULT '' CHECK (char_length(answer) <= 2000),
    answered_by        bigint REFERENCES app_user(id),
    answered_at        timestamptz,
    overdue_at         timestamptz,                -- set once by the server; kept when answered late
    closed_by          bigint REFERENCES app_user(id),
    closed_at          timestamptz,
    close_note         text NOT NULL DEFAULT '' CHECK (char_length(close_note) <= 1000),
    CHECK (deadline > opened_at),
    CHECK ((answered_at IS NULL) = (answered_by IS NULL)),
    CHECK (status <> 'answered' OR answered_at IS NOT NULL),
    CHECK (status <> 'overdue' OR overdue_at IS NOT NULL),
    CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX ticket_supervision_ticket_idx ON ticket_supervision (ticket_id, id);
-- The overdue detector's scan: open supervisions by deadline.
CREATE INDEX ticket_supervision_due_idx ON ticket_supervision (deadline) WHERE status = 'open';
-- supervision.list: the running supervisions of a subtree.
CREATE INDEX ticket_supervision_running_idx ON ticket_supervision USING gist (target_path)
    WHERE status IN ('open', 'overdue');
-- One running supervision per order and unit.
CREATE UNIQUE INDEX ticket_supervision_one_running_idx ON ticket_supervision (ticket_id, target_org_unit_id)
    WHERE status IN ('open', 'overdue');

DO $$
DECLARE
    kinds text[];
BEGIN
    SELECT array_agg(DISTINCT m[1]) INTO kinds
      FROM pg_constraint c, regexp_matches(pg_get_constraintdef(c.oid), '''([a-z_]+)''', 'g') AS m
     WHERE c.conrelid = 'ticket_event'::regclass AND c.conname = 'ticket_event_kind_check';
    IF kinds IS NULL THEN
        RAISE EXCEPTION 'ticket_event_kind_check not found';
    END IF;
    kinds := kinds || ARRAY['supervision_opened', 'supervision_answered', 'supervision_overdue', 'supervision_closed'];
    ALTER TABLE ticket_event DROP CONSTRAINT ticket_event_kind_check;
    EXECUTE 'ALTER TABLE ticket_event ADD CONSTRAINT ticket_event_kind_check CHECK (kind IN ('
        || (SELECT string_agg(DISTINCT quote_literal(k), ', ') FROM unnest(kinds) AS k) || '))';
END $$;
