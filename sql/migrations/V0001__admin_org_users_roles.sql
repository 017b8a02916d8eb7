-- The service network (org tree), the region tree, users, roles and permissions.
CREATE EXTENSION IF NOT EXISTS ltree;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE org_unit (
    id          bigserial PRIMARY KEY,
    parent_id   bigint REFERENCES org_unit(id),
    kind        text NOT NULL CHECK (kind IN ('hq', 'region', 'province', 'point')),
    code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{1,32}$'),
    name        text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    path        ltree NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'hq') = (parent_id IS NULL))
);
CREATE INDEX org_unit_path_idx ON org_unit USING gist (path);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_id);

-- The path is the chain of ids from the root: '1.3.7'. Kept by the database.
CREATE FUNCTION org_unit_set_path() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.parent_id IS NULL THEN
        NEW.path := text2ltree(NEW.id::text);
    ELSE
        SELECT path || text2ltree(NEW.id::text) INTO NEW.path FROM org_unit WHERE id = NEW.parent_id;
        IF NEW.path IS NULL THEN
            RAISE EXCEPTION 'parent org unit % does not exist', NEW.parent_id USING ERRCODE = '23503';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER org_unit_path_insert BEFORE INSERT ON org_unit
    FOR EACH ROW EXECUTE FUNCTION org_unit_set_path();

CREATE TABLE region (
    code        text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    parent_code text REFERENCES region(code),
    level       smallint NOT NULL CHECK (level BETWEEN 1 AND 3),
    name        text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    active      boolean NOT NULL DEFAULT true
);
CREATE INDEX region_parent_idx ON region (parent_code);

CREATE TABLE permission (
    code        text PRIMARY KEY,
    description text NOT NULL
);

CREATE TABLE role (
    code        text PRIMARY KEY,
    name        text NOT NULL,
    version     integer NOT NULL DEFAULT 1
);

CREATE TABLE role_permission (
    role_code       text NOT NULL REFERENCES role(code) ON DELETE CASCADE,
    permission_code text NOT NULL REFERENCES permission(code),
    PRIMARY KEY (role_code, permission_code)
);

CREATE TABLE app_user (
    id            bigserial PRIMARY KEY,
    username      text NOT NULL CHECK (username ~ '^[a-z0-9_.-]{2,32}$'),
    display_name  text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 100),
    password_hash text NOT NULL,
    org_unit_id   bigint NOT NULL REFERENCES org_unit(id),
    extension     text CHECK (extension ~ '^[0-9]{2,8}$'),
    active        boolean NOT NULL DEFAULT true,
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    password_changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_username_idx ON app_user (username);
CREATE UNIQUE INDEX app_user_extension_idx ON app_user (extension) WHERE extension IS NOT NULL;

CREATE TABLE user_role (
    user_id   bigint NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    role_code text NOT NULL REFERENCES role(code),
    PRIMARY KEY (user_id, role_code)
);

INSERT INTO permission (code, description) VALUES
    ('customer.read',           'Find and read customers in the own org subtree'),
    ('customer.write',          'Create and change customers'),
    ('customer.id_number.view', 'See full national ID numbers (audited)'),
    ('admin.users',             'Manage users'),
    ('admin.roles',             'Manage roles and their permissions'),
    ('admin.org',               'Manage the org tree'),
    ('admin.regions',           'Manage the region tree');

INSERT INTO role (code, name) VALUES
    ('agent',            'Agent'),
    ('survey_agent',     'Survey agent'),
    ('supervisor',       'Supervisor'),
    ('service_point',    'Service-point staff'),
    ('technician',       'Technician'),
    ('warehouse',        'Warehouse keeper'),
    ('finance',          'Finance'),
    ('manager',          'Manager'),
    ('admin',            'Administrator'),
    ('knowledge_editor', 'Knowledge editor');

INSERT INTO role_permission (role_code, permission_code) VALUES
    ('agent', 'customer.read'), ('agent', 'customer.write'),
    ('survey_agent', 'customer.read'),
    ('supervisor', 'customer.read'), ('supervisor', 'customer.write'), ('supervisor', 'customer.id_number.view'),
    ('service_point', 'customer.read'), ('service_point', 'customer.write'),
    ('technician', 'customer.read'),
    ('finance', 'customer.read'),
    ('manager', 'customer.read'),
    ('admin', 'customer.read'), ('admin', 'customer.write'), ('admin', 'customer.id_number.view'),
    ('admin', 'admin.users'), ('admin', 'admin.roles'), ('admin', 'admin.org'), ('admin', 'admin.regions');

-- Every install has the root of the service network.
INSERT INTO org_unit (kind, code, name) VALUES ('hq', 'HQ', 'Headquarters service center');
