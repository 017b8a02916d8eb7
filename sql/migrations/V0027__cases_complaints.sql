-- Complaints, suggestions and praise (DOMAIN.md §6): the details of an order of one of these
-- service types — what it is about, the responsible unit (department), a deadline, and the
-- resolution with the customer's satisfaction with it (1–5).

INSERT INTO permission (code, description) VALUES
    ('complaint.write',     'Set the details of complaints, suggestions and praise (the owner while new; supervisors any time)'),
    ('complaint.supervise', 'Change complaint details at any time and record their resolution and the customer''s satisfaction');
INSERT INTO role_permission (role_code, permission_code) VALUES
    ('agent', 'complaint.write'),
    ('supervisor', 'complaint.write'), ('supervisor', 'complaint.supervise'),
    ('manager', 'complaint.write'), ('manager', 'complaint.supervise');

CREATE TABLE ticket_complaint (
    ticket_id               bigint PRIMARY KEY REFERENCES ticket(id),
    category                text NOT NULL CHECK (category IN ('service_attitude', 'repair_quality', 'timeliness',
                                                              'fees', 'product_quality', 'other')),
    responsible_org_unit_id bigint REFERENCES org_unit(id),
    deadline                timestamptz,
    resolution              text NOT NULL DEFAULT '' CHECK (char_length(resolution) <= 2000),
    satisfaction            smallint CHECK (satisfaction BETWEEN 1 AND 5),
    satisfaction_comment    text NOT NULL DEFAULT '' CHECK (char_length(satisfaction_comment) <= 1000),
    recorded_at             timestamptz,          -- when resolution and satisfaction were recorded
    recorded_by             bigint REFERENCES app_user(id),
    set_by                  bigint NOT NULL REFERENCES app_user(id),
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CHECK ((recorded_at IS NULL) = (satisfaction IS NULL)),
    CHECK ((recorded_at IS NULL) = (recorded_by IS NULL))
);
-- Reports: complaints by category and by responsible department.
CREATE INDEX ticket_complaint_category_idx ON ticket_complaint (category);
CREATE INDEX ticket_complaint_unit_idx ON ticket_complaint (responsible_org_unit_id)
    WHERE responsible_org_unit_id IS NOT NULL;

-- Timeline kinds of this module. The list is extended, not restated: kinds other modules added
-- in earlier migrations stay allowed.
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
    kinds := kinds || ARRAY['complaint_set', 'complaint_resolved'];
    ALTER TABLE ticket_event DROP CONSTRAINT ticket_event_kind_check;
    EXECUTE 'ALTER TABLE ticket_event ADD CONSTRAINT ticket_event_kind_check CHECK (kind IN ('
        || (SELECT string_agg(DISTINCT quote_literal(k), ', ') FROM unnest(kinds) AS k) || '))';
END $$;
