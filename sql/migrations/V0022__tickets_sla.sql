-- SLA of work orders (DOMAIN.md §5): policies per service type × severity, deadlines stored on
-- the order, clock pauses as intervals with a reason, breaches detected once by the server; and
-- repeat repairs (二次报修) linked to the earlier order.

INSERT INTO permission (code, description) VALUES
    ('sla.admin', 'Edit SLA policies and the repeat-repair window');
INSERT INTO role_permission (role_code, permission_code) VALUES ('admin', 'sla.admin');

-- Deadlines counted from the creation of an order, in calendar minutes. A service type ×
-- severity without a row gets no deadlines (consultation, suggestion, praise by default).
CREATE TABLE sla_policy (
    service_type        text NOT NULL,
    severity            text NOT NULL CHECK (severity IN ('major', 'general')),
    response_minutes    integer NOT NULL CHECK (response_minutes BETWEEN 1 AND 525600),
    on_site_minutes     integer NOT NULL CHECK (on_site_minutes BETWEEN 1 AND 525600),
    completion_minutes  integer NOT NULL CHECK (completion_minutes BETWEEN 1 AND 525600),
    version             integer NOT NULL DEFAULT 1,
    updated_by          bigint REFERENCES app_user(id),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_type, severity),
    CHECK (response_minutes <= on_site_minutes AND on_site_minutes <= completion_minutes)
);
-- Defaults: major 2 h to respond, 12 h on site, 24 h done; general 4 h, 24 h, 48 h (003 §3.3(1)).
INSERT INTO sla_policy (service_type, severity, response_minutes, on_site_minutes, completion_minutes)
SELECT type, sev.code, sev.response, sev.on_site, sev.completion
  FROM unnest(ARRAY['repair', 'delivery', 'installation', 'maintenance', 'replacement', 'return', 'complaint']) AS type
 CROSS JOIN (VALUES ('major', 120, 720, 1440), ('general', 240, 1440, 2880))
       AS sev (code, response, on_site, completion);

-- Settings of work orders kept by the admin (integers).
CREATE TABLE ticket_setting (
    key         text PRIMARY KEY,
    value       integer NOT NULL,
    updated_by  bigint REFERENCES app_user(id),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO ticket_setting (key, value) VALUES ('repeat_repair_days', 30);

-- The clocks of an order. *_due_at moves by the paused time when a pause ends; *_stopped_at is
-- when the clock stopped (met when not after the deadline); *_breached_at is set once by the
-- breach detector. sla_paused_since is set while a pause is open.
ALTER TABLE ticket
    ADD COLUMN response_due_at        timestamptz,
    ADD COLUMN on_site_due_at         timestamptz,
    ADD COLUMN completion_due_at      timestamptz,
    ADD COLUMN response_stopped_at    timestamptz,
    ADD COLUMN on_site_stopped_at     timestamptz,
    ADD COLUMN completion_stopped_at  timestamptz,
    ADD COLUMN response_breached_at   timestamptz,
    ADD COLUMN on_site_breached_at    timestamptz,
    ADD COLUMN completion_breached_at timestamptz,
    ADD COLUMN sla_paused_since       timestamptz,
    ADD COLUMN repeat_of_ticket_id    bigint REFERENCES ticket(id);

-- The detector's scan: only running clocks that have not been reported are indexed.
CREATE INDEX ticket_response_watch_idx ON ticket (response_due_at)
    WHERE response_stopped_at IS NULL AND response_breached_at IS NULL AND response_due_at IS NOT NULL;
CREATE INDEX ticket_on_site_watch_idx ON ticket (on_site_due_at)
    WHERE on_site_stopped_at IS NULL AND on_site_breached_at IS NULL AND on_site_due_at IS NOT NULL;
CREATE INDEX ticket_completion_watch_idx ON ticket (completion_due_at)
    WHERE completion_stopped_at IS NULL AND completion_breached_at IS NULL AND completion_due_at IS NOT NULL;
-- Repeat repairs: the completed repairs of a product.
CREATE INDEX ticket_product_resolved_idx ON ticket (customer_product_id, resolved_at DESC)
    WHERE customer_product_id IS NOT NULL AND resolved_at IS NOT NULL;

-- Pauses of the clocks (waiting for parts, for the customer, ...): the deadline of an order is
-- its policy from created_at plus the paused time before the clock stopped.
CREATE TABLE ticket_sla_pause (
    id          bigserial PRIMARY KEY,
    ticket_id   bigint NOT NULL REFERENCES ticket(id),
    reason      text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 40),
    started_at  timestamptz NOT NULL,
    started_by  bigint REFERENCES app_user(id),
    ended_at    timestamptz,
    ended_by    bigint REFERENCES app_user(id),
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX ticket_sla_pause_ticket_idx ON ticket_sla_pause (ticket_id, id);
CREATE UNIQUE INDEX ticket_sla_pause_open_idx ON ticket_sla_pause (ticket_id) WHERE ended_at IS NULL;

ALTER TABLE ticket_event DROP CONSTRAINT ticket_event_kind_check;
ALTER TABLE ticket_event ADD CONSTRAINT ticket_event_kind_check
    CHECK (kind IN ('created', 'transition', 'effect', 'assigned', 'sla_paused', 'sla_resumed', 'sla_breached',
                    'repeat_repair'));
