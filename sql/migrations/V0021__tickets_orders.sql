-- Work orders (工单): numbered per day without gaps, following a version of their service type's
-- workflow, with an append-only timeline. Scoped by the org paths of the assigned unit, the
-- creating unit and (while escalated) the unit the order was escalated from.

INSERT INTO permission (code, description) VALUES
    ('ticket.read',       'See the work orders of the own org subtree and their timeline'),
    ('ticket.create',     'Create work orders (the creator owns them: first-contact ownership)'),
    ('ticket.transition', 'Move work orders along their workflow (each transition names its roles)'),
    ('dispatch.admin',    'Edit which service point covers which region');

INSERT INTO role_permission (role_code, permission_code) VALUES
    ('agent', 'ticket.read'), ('agent', 'ticket.create'), ('agent', 'ticket.transition'),
    ('survey_agent', 'ticket.read'), ('survey_agent', 'ticket.transition'),
    ('supervisor', 'ticket.read'), ('supervisor', 'ticket.create'), ('supervisor', 'ticket.transition'),
    ('service_point', 'ticket.read'), ('service_point', 'ticket.create'), ('service_point', 'ticket.transition'),
    ('technician', 'ticket.read'), ('technician', 'ticket.transition'),
    ('warehouse', 'ticket.read'),
    ('finance', 'ticket.read'),
    ('manager', 'ticket.read'), ('manager', 'ticket.transition'),
    ('admin', 'ticket.read'), ('admin', 'dispatch.admin');

-- The per-day counter behind ticket numbers (YYYYMMDD-NNNNNN). Incremented in the creating
-- transaction: the row lock orders concurrent creates, a rollback gives the number back.
CREATE TABLE ticket_day_counter (
    day     date PRIMARY KEY,
    last_no integer NOT NULL CHECK (last_no BETWEEN 1 AND 999999)
);

CREATE TABLE ticket (
    id                  bigserial PRIMARY KEY,
    number              text NOT NULL UNIQUE CHECK (number ~ '^[0-9]{8}-[0-9]{6}$'),
    version             integer NOT NULL DEFAULT 1,
    service_type        text NOT NULL,
    severity            text NOT NULL CHECK (severity IN ('major', 'general')),
    channel             text NOT NULL CHECK (channel IN ('phone_in', 'phone_out', 'fax', 'email', 'web',
                                                         'letter', 'walk_in', 'sms')),
    customer_id         bigint NOT NULL REFERENCES customer(id),
    customer_product_id bigint REFERENCES customer_product(id),
    region_code         text REFERENCES region(code),     -- the customer's region when created (routing)
    description         text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 4000),
    fault_code          text NOT NULL DEFAULT '' CHECK (char_length(fault_code) <= 40),
    diagnosis           text NOT NULL DEFAULT '' CHECK (char_length(diagnosis) <= 2000),
    resolution          text NOT NULL DEFAULT '' CHECK (char_length(resolution) <= 2000),
    shipping_out_no     text NOT NULL DEFAULT '' CHECK (char_length(shipping_out_no) <= 40),
    shipping_back_no    text NOT NULL DEFAULT '' CHECK (char_length(shipping_back_no) <= 40),
    replacement_serial  text NOT NULL DEFAULT '' CHECK (char_length(replacement_serial) <= 40),
    visit_result        text NOT NULL DEFAULT '' CHECK (char_length(visit_result) <= 1000),
    appointment_start   timestamptz,
    appointment_end     timestamptz,
    assigned_org_unit_id bigint REFERENCES org_unit(id),
    assigned_path       ltree,
    escalated_from_org_unit_id bigint REFERENCES org_unit(id),
    escalated_from_path ltree,
    technician_id       bigint REFERENCES app_user(id),
    owner_id            bigint NOT NULL REFERENCES app_user(id),   -- first-contact ownership
    created_org_unit_id bigint NOT NULL REFERENCES org_unit(id),
    created_path        ltree NOT NULL,
    workflow_id         bigint NOT NULL REFERENCES workflow(id),
    state               text NOT NULL,
    state_category      text NOT NULL CHECK (state_category IN ('new', 'active', 'waiting', 'resolved', 'closed')),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    resolved_at         timestamptz,
    closed_at           timestamptz,
    FOREIGN KEY (workflow_id, state) REFERENCES workflow_state (workflow_id, code),
    CHECK ((assigned_org_unit_id IS NULL) = (assigned_path IS NULL)),
    CHECK ((escalated_from_org_unit_id IS NULL) = (escalated_from_path IS NULL)),
    CHECK (appointment_end IS NULL OR (appointment_start IS NOT NULL AND appointment_end >= appointment_start))
);
-- Lists, newest first: a service point's page is one short index scan per arm (assigned /
-- created / escalated from), a center's walks the primary key backwards with the path filters.
CREATE INDEX ticket_assigned_idx ON ticket (assigned_org_unit_id, id DESC);
CREATE INDEX ticket_created_unit_idx ON ticket (created_org_unit_id, id DESC);
CREATE INDEX ticket_escalated_idx ON ticket (escalated_from_org_unit_id, id DESC)
    WHERE escalated_from_org_unit_id IS NOT NULL;
CREATE INDEX ticket_customer_idx ON ticket (customer_id, id DESC);
CREATE INDEX ticket_product_idx ON ticket (customer_product_id, id DESC) WHERE customer_product_id IS NOT NULL;
CREATE INDEX ticket_technician_idx ON ticket (technician_id, id DESC) WHERE technician_id IS NOT NULL;
CREATE INDEX ticket_owner_idx ON ticket (owner_id, id DESC);
CREATE INDEX ticket_assigned_path_idx ON ticket USING gist (assigned_path);
CREATE INDEX ticket_created_path_idx ON ticket USING gist (created_path);
-- Running orders per workflow version and state (workflow.save refuses to drop a used state).
CREATE INDEX ticket_running_state_idx ON ticket (workflow_id, state) WHERE state_category <> 'closed';

-- The timeline: every event of an order, never changed or deleted.
CREATE TABLE ticket_event (
    id          bigserial PRIMARY KEY,
    ticket_id   bigint NOT NULL REFERENCES ticket(id),
    at          timestamptz NOT NULL DEFAULT now(),
    user_id     bigint REFERENCES app_user(id),     -- null: the server itself
    kind        text NOT NULL CHECK (kind IN ('created', 'transition', 'effect', 'assigned')),
    transition  text,
    from_state  text,
    to_state    text,
    fields      jsonb NOT NULL DEFAULT '{}',         -- fields set, with their values
    effect_type text,
    effect_param text,
    detail      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX ticket_event_ticket_idx ON ticket_event (ticket_id, id);

CREATE FUNCTION ticket_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ticket timeline is append-only' USING ERRCODE = '23514';
END $$;
CREATE TRIGGER ticket_event_no_change BEFORE UPDATE OR DELETE ON ticket_event
    FOR EACH ROW EXECUTE FUNCTION ticket_event_append_only();

-- Dispatch (派修): which service point covers which region. An order without an assigned unit
-- goes to the unit covering the customer's district, else its city, else its province.
CREATE TABLE dispatch_coverage (
    region_code text PRIMARY KEY REFERENCES region(code),
    org_unit_id bigint NOT NULL REFERENCES org_unit(id),
    updated_by  bigint REFERENCES app_user(id),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dispatch_coverage_unit_idx ON dispatch_coverage (org_unit_id);
