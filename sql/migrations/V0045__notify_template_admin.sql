-- SMS templates edited by the admin (notification.template.list / notification.template.set,
-- Administration → SMS templates). A change applies to messages queued afterwards; the queued
-- and sent ones keep their text. `version` guards against two admins overwriting each other.

INSERT INTO permission (code, description) VALUES
    ('notify.admin', 'Edit the texts of the SMS sent to customers (notification templates)');
INSERT INTO role_permission (role_code, permission_code) VALUES ('admin', 'notify.admin');

ALTER TABLE notification_template
    ADD COLUMN version    integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    ADD COLUMN updated_by bigint REFERENCES app_user(id);
