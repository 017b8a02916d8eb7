-- Notifications (DOMAIN.md §5 dispatch): an outbox of SMS to customers, written in the same
-- transaction as the change of the order that caused it (a rolled-back change leaves no
-- message), delivered afterwards by the server through the configured gateway with retries.

INSERT INTO permission (code, description) VALUES
    ('notify.read',  'See the notifications (SMS) of the work orders in the own org subtree'),
    ('notify.retry', 'Queue a failed notification again');

INSERT INTO role_permission (role_code, permission_code) VALUES
    ('supervisor', 'notify.read'), ('supervisor', 'notify.retry'),
    ('service_point', 'notify.read'),
    ('manager', 'notify.read'),
    ('admin', 'notify.read'), ('admin', 'notify.retry');

-- Texts of the messages (data: an admin may reword them). Placeholders: {number}, {unit},
-- {technician}, {appointment}, {state}. ticket.dispatched and ticket.assigned are sent by the
-- server on dispatch and on technician assignment; other codes are named by `notify` effects
-- of workflow transitions.
CREATE TABLE notification_template (
    code        text PRIMARY KEY CHECK (char_length(code) BETWEEN 1 AND 40),
    body        text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 500),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO notification_template (code, body) VALUES
    ('ticket.dispatched', '【CSM】您的服务单{number}已派至{unit}，网点将尽快与您联系，请保持电话畅通。'),
    ('ticket.assigned',   '【CSM】您的服务单{number}已安排{unit}技术员{technician}为您服务，预约时间：{appointment}。'),
    ('ticket.completed',  '【CSM】您的服务单{number}已完工，感谢您的支持。如有疑问请致电客服热线。'),
    ('ticket.state',      '【CSM】您的服务单{number}当前状态：{state}。');

CREATE TABLE notification (
    id              bigserial PRIMARY KEY,
    ticket_id       bigint REFERENCES ticket(id),
    channel         text NOT NULL DEFAULT 'sms' CHECK (channel IN ('sms')),
    recipient       text NOT NULL CHECK (char_length(recipient) <= 40),   -- '' when the customer has no mobile
    template_code   text NOT NULL CHECK (char_length(template_code) BETWEEN 1 AND 40),
    body            text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 1000),
    status          text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error      text CHECK (char_length(last_error) <= 500),
    -- When the sender takes it (again): set while queued or failed with retries left; NULL when
    -- sent or given up. The sender moves it ahead while it holds the row (a lease).
    next_attempt_at timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX notification_due_idx ON notification (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
CREATE INDEX notification_ticket_idx ON notification (ticket_id, id DESC) WHERE ticket_id IS NOT NULL;
CREATE INDEX notification_status_idx ON notification (status, id DESC);
