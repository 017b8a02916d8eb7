-- One contact history per customer, whatever the channel, and callback promises.

CREATE TABLE contact (
    id          bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    channel     text NOT NULL CHECK (channel IN ('phone_in', 'phone_out', 'fax', 'email', 'web', 'letter',
                                                 'walk_in', 'sms')),
    occurred_at timestamptz NOT NULL DEFAULT now(),
    user_id     bigint REFERENCES app_user(id),     -- who handled it
    summary     text NOT NULL DEFAULT '' CHECK (char_length(summary) <= 4000),
    call_id     bigint UNIQUE REFERENCES call_record(id),
    ticket_ids  bigint[] NOT NULL DEFAULT '{}',      -- the work orders it is about
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_customer_time_idx ON contact (customer_id, occurred_at DESC, id DESC);

-- 承诺回复: a promised reply with a due time, owned by the agent who made it.
CREATE TABLE callback_promise (
    id          bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    owner_id    bigint NOT NULL REFERENCES app_user(id),
    contact_id  bigint REFERENCES contact(id),
    due_at      timestamptz NOT NULL,
    note        text NOT NULL DEFAULT '' CHECK (char_length(note) <= 1000),
    status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'broken')),
    reminded_at timestamptz,
    closed_at   timestamptz,
    closed_by   bigint REFERENCES app_user(id),
    outcome_note text NOT NULL DEFAULT '' CHECK (char_length(outcome_note) <= 1000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  bigint NOT NULL REFERENCES app_user(id),
    CHECK ((status = 'open') = (closed_at IS NULL))
);
CREATE INDEX callback_promise_open_idx ON callback_promise (due_at) WHERE status = 'open';
CREATE INDEX callback_promise_owner_idx ON callback_promise (owner_id, status, due_at);
CREATE INDEX callback_promise_customer_idx ON callback_promise (customer_id, created_at DESC);
