-- Admin-defined custom fields of customers (003 §3.1(3)) and the values customers hold.
-- A definition is never deleted once created: it is deactivated (its values stay, hidden).
-- Values live in a table of their own, one typed row per customer and field (see
-- docs/architecture.md, "Custom fields"): a foreign key ties each value to its definition,
-- "does this field hold values?" and "is this option in use?" are index probes, and segment
-- rules can range over typed columns.

INSERT INTO permission (code, description) VALUES
    ('admin.custom_fields', 'Define the custom fields of customers');

INSERT INTO role_permission (role_code, permission_code) VALUES
    ('admin', 'admin.custom_fields');

CREATE TABLE customer_field (
    id          bigserial PRIMARY KEY,
    version     integer NOT NULL DEFAULT 1,
    code        text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,29}$'),
    label_en    text NOT NULL CHECK (char_length(label_en) BETWEEN 1 AND 60),
    label_zh    text NOT NULL CHECK (char_length(label_zh) BETWEEN 1 AND 60),
    type        text NOT NULL CHECK (type IN ('text', 'number', 'date', 'choice')),
    -- choice: [{"value": "gas", "label_en": "Gas", "label_zh": "燃气"}, …]
    options     jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(options) = 'array'),
    required    boolean NOT NULL DEFAULT false,
    max_length  integer CHECK (max_length BETWEEN 1 AND 1000),            -- text
    min_number  numeric CHECK (abs(min_number) < 1e12),                   -- number
    max_number  numeric CHECK (abs(max_number) < 1e12),
    decimals    smallint NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 4),
    min_date    date,                                                     -- date
    max_date    date,
    active      boolean NOT NULL DEFAULT true,
    position    integer NOT NULL DEFAULT 0 CHECK (position BETWEEN 0 AND 10000),
    created_by  bigint REFERENCES app_user(id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (min_number IS NULL OR max_number IS NULL OR min_number <= max_number),
    CHECK (min_date IS NULL OR max_date IS NULL OR min_date <= max_date)
);
CREATE UNIQUE INDEX customer_field_code_idx ON customer_field (code);

-- One row per customer and field that has a value; exactly one typed column is set
-- (text and choice: text_value).
CREATE TABLE customer_field_value (
    customer_id  bigint NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    field_id     bigint NOT NULL REFERENCES customer_field(id),
    text_value   text CHECK (char_length(text_value) BETWEEN 1 AND 1000),
    number_value numeric CHECK (abs(number_value) < 1e12),
    date_value   date,
    PRIMARY KEY (customer_id, field_id),
    CHECK (num_nonnulls(text_value, number_value, date_value) = 1)
);
-- "Does the field hold values?", "is this option in use?", and segment rules on a field.
CREATE INDEX customer_field_value_field_idx ON customer_field_value (field_id, text_value);
