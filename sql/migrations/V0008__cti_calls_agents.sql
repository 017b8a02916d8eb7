-- The call center: agents at extensions and their states, and call records (CDR).

INSERT INTO permission (code, description) VALUES
    ('cti.agent',     'Take and place calls at an extension; change the own agent state'),
    ('cti.wallboard', 'See every agent''s state, the calls waiting and today''s call figures'),
    ('cti.simulate',  'Drive the call simulator (demos and tests)');

INSERT INTO role_permission (role_code, permission_code) VALUES
    ('agent', 'cti.agent'), ('survey_agent', 'cti.agent'),
    ('supervisor', 'cti.agent'), ('supervisor', 'cti.wallboard'), ('supervisor', 'cti.simulate'),
    ('manager', 'cti.wallboard'),
    ('admin', 'cti.wallboard'), ('admin', 'cti.simulate');

-- An agent's current state. One row per agent who ever logged in to an extension; the
-- extension is free again once its agent logs out.
CREATE TABLE agent_state (
    user_id    bigint PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
    extension  text CHECK (extension ~ '^[0-9]{2,8}$'),
    state      text NOT NULL CHECK (state IN ('logged_out', 'ready', 'not_ready', 'ringing', 'on_call', 'wrap_up')),
    reason     text NOT NULL DEFAULT '' CHECK (char_length(reason) <= 100),
    since      timestamptz NOT NULL DEFAULT now(),
    call_key   text,                                  -- the call that made it ringing / on call / wrap-up
    -- The state to return to when a call that only rang goes away.
    resume_state  text NOT NULL DEFAULT 'ready' CHECK (resume_state IN ('ready', 'not_ready')),
    resume_reason text NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX agent_state_extension_idx ON agent_state (extension)
    WHERE extension IS NOT NULL AND state <> 'logged_out';

-- Every state change with its time (reports: occupancy, not-ready reasons).
CREATE TABLE agent_state_log (
    id         bigserial PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    extension  text,
    state      text NOT NULL,
    reason     text NOT NULL DEFAULT '',
    call_key   text,
    started_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX agent_state_log_user_idx ON agent_state_log (user_id, started_at);

CREATE TABLE call_record (
    id            bigserial PRIMARY KEY,
    call_key      text NOT NULL UNIQUE,              -- AMI Linkedid or the simulator's id
    source        text NOT NULL CHECK (source IN ('ami', 'sim')),
    direction     text NOT NULL CHECK (direction IN ('inbound', 'outbound', 'internal')),
    caller_number text NOT NULL DEFAULT '',          -- as the PBX gave them
    called_number text NOT NULL DEFAULT '',
    -- The customer's side, normalised (the caller of an inbound call, the called number of an
    -- outbound one); NULL when withheld or not a phone number.
    customer_number text,
    queue         text,
    offered_at    timestamptz NOT NULL,
    enqueued_at   timestamptz,
    ring_at       timestamptz,
    answered_at   timestamptz,
    ended_at      timestamptz,
    extension     text,                              -- the agent's extension that answered (or last rang)
    agent_id      bigint REFERENCES app_user(id),
    outcome       text CHECK (outcome IN ('answered', 'abandoned', 'timeout', 'voicemail')),
    wrap_up_seconds integer CHECK (wrap_up_seconds >= 0),
    recording     text,
    customer_id   bigint REFERENCES customer(id),    -- set when the caller is one known customer (or chosen)
    popped_to     bigint[] NOT NULL DEFAULT '{}'     -- agents whose desk got the screen pop
);
-- Covering: the wallboard's figures of today are an index-only scan.
CREATE INDEX call_record_offered_idx ON call_record (offered_at) INCLUDE (direction, outcome, answered_at, ended_at);
CREATE INDEX call_record_number_idx ON call_record (customer_number, offered_at) WHERE customer_number IS NOT NULL;
CREATE INDEX call_record_customer_idx ON call_record (customer_id, offered_at) WHERE customer_id IS NOT NULL;
CREATE INDEX call_record_agent_idx ON call_record (agent_id, offered_at) WHERE agent_id IS NOT NULL;
CREATE INDEX call_record_open_idx ON call_record (offered_at) WHERE ended_at IS NULL;
