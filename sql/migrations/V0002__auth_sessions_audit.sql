-- Sessions, login throttling, the audit log and idempotency keys.
CREATE TABLE session (
    id           bigserial PRIMARY KEY,
    token_hash   bytea NOT NULL UNIQUE,          -- SHA-256 of the 256-bit token; the token itself is never stored
    user_id      bigint NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz,
    client       text NOT NULL DEFAULT ''
);
CREATE INDEX session_user_idx ON session (user_id) WHERE revoked_at IS NULL;

-- Failed-login counters, shared by every server instance on this database.
CREATE TABLE login_throttle (
    key          text PRIMARY KEY,               -- 'user:<name>' or 'addr:<ip>'
    failures     integer NOT NULL DEFAULT 0,
    window_start timestamptz NOT NULL DEFAULT now(),
    locked_until timestamptz
);

CREATE TABLE audit_log (
    id        bigserial PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    user_id   bigint REFERENCES app_user(id),
    action    text NOT NULL,
    entity    text NOT NULL,
    entity_id bigint,
    detail    jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);

CREATE TABLE idempotency_key (
    user_id    bigint NOT NULL,
    key        text NOT NULL,
    op         text NOT NULL,
    response   bytea,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);
