-- Workflows as data (工单流程): per service type, versioned flows of states and transitions.
-- A saved change is a new version; an order keeps the version it started with. Code reasons only
-- about the fixed spine: state kinds (start, normal, end) and categories (new, active, waiting,
-- resolved, closed). The rules of a definition live in common/model/workflow (validateWorkflow).

INSERT INTO permission (code, description) VALUES
    ('workflow.admin', 'Edit the workflows of work orders (saves a new version)');
INSERT INTO role_permission (role_code, permission_code) VALUES ('admin', 'workflow.admin');

CREATE TABLE workflow (
    id           bigserial PRIMARY KEY,
    service_type text NOT NULL CHECK (service_type IN ('repair', 'delivery', 'installation', 'maintenance',
                                                       'replacement', 'return', 'consultation', 'complaint',
                                                       'suggestion', 'praise')),
    version      integer NOT NULL CHECK (version >= 1),
    name         text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    created_by   bigint REFERENCES app_user(id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (service_type, version)
);

CREATE TABLE workflow_state (
    workflow_id bigint NOT NULL REFERENCES workflow(id),
    position    smallint NOT NULL,
    code        text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
    name        text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    kind        text NOT NULL CHECK (kind IN ('start', 'normal', 'end')),
    category    text NOT NULL CHECK (category IN ('new', 'active', 'waiting', 'resolved', 'closed')),
    x           double precision NOT NULL DEFAULT 0,
    y           double precision NOT NULL DEFAULT 0,
    PRIMARY KEY (workflow_id, code),
    UNIQUE (workflow_id, position)
);

CREATE TABLE workflow_transition (
    workflow_id     bigint NOT NULL,
    position        smallint NOT NULL,
    code            text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
    from_state      text NOT NULL,
    to_state        text NOT NULL,
    name            text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    roles           text[] NOT NULL CHECK (cardinality(roles) >= 1),
    required_fields text[] NOT NULL DEFAULT '{}',
    optional_fields text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (workflow_id, code),
    UNIQUE (workflow_id, position),
    FOREIGN KEY (workflow_id, from_state) REFERENCES workflow_state (workflow_id, code),
    FOREIGN KEY (workflow_id, to_state) REFERENCES workflow_state (workflow_id, code)
);

-- What taking a transition causes (notify, SLA clocks, survey, escalation), in order.
CREATE TABLE workflow_effect (
    workflow_id     bigint NOT NULL,
    transition_code text NOT NULL,
    position        smallint NOT NULL,
    type            text NOT NULL CHECK (type ~ '^[a-z_]{1,40}$'),
    param           text NOT NULL DEFAULT '' CHECK (char_length(param) <= 100),
    PRIMARY KEY (workflow_id, transition_code, position),
    FOREIGN KEY (workflow_id, transition_code) REFERENCES workflow_transition (workflow_id, code)
);
