-- Fees of work orders (DOMAIN.md §8): fee schedules per service type × product category, and the
-- parameters of the warranty rule engine (三包: refund / replacement / repair periods, repeated
-- failures, what contracts cover), kept by the admin. Money in fen (bigint), never floating point.

INSERT INTO permission (code, description) VALUES
    ('fee.admin',      'Edit fee schedules and the warranty (三包) rule parameters'),
    ('contract.write', 'Create and cancel service contracts (extended warranty, maintenance plans)'),
    ('ticket.parts',   'Record the parts used on the work orders of the own unit');

INSERT INTO role_permission (role_code, permission_code) VALUES
    ('admin', 'fee.admin'),
    ('agent', 'contract.write'), ('supervisor', 'contract.write'), ('service_point', 'contract.write'),
    ('admin', 'contract.write'),
    ('service_point', 'ticket.parts'), ('technician', 'ticket.parts');

-- Labour and travel fee of a service type on a product category from `valid_from` on: the
-- latest row not after today applies; a category without rows uses its parent's.
CREATE TABLE fee_schedule (
    id            bigserial PRIMARY KEY,
    service_type  text NOT NULL CHECK (service_type IN ('repair', 'delivery', 'installation', 'maintenance',
                                                         'replacement', 'return')),
    category_code text NOT NULL REFERENCES product_category(code),
    valid_from    date NOT NULL,
    labour_fen    bigint NOT NULL CHECK (labour_fen BETWEEN 0 AND 100000000),
    travel_fen    bigint NOT NULL CHECK (travel_fen BETWEEN 0 AND 100000000),
    version       integer NOT NULL DEFAULT 1,
    updated_by    bigint REFERENCES app_user(id),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (service_type, category_code, valid_from)
);

-- The rule parameters: a row without a category is the default; a category's row overrides it
-- for the category and its subcategories. 0 turns a rule off (common/model/warranty_rules.h).
CREATE TABLE warranty_rule_param (
    category_code text REFERENCES product_category(code),
    key           text NOT NULL CHECK (key IN ('refund_days', 'replace_days', 'repair_limit',
                                               'extended_covers_parts', 'maintenance_covers_parts')),
    value         integer NOT NULL CHECK (value BETWEEN 0 AND 365),
    updated_by    bigint REFERENCES app_user(id),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE NULLS NOT DISTINCT (category_code, key)
);
INSERT INTO warranty_rule_param (category_code, key, value) VALUES
    (NULL, 'refund_days', 7), (NULL, 'replace_days', 15), (NULL, 'repair_limit', 2),
    (NULL, 'extended_covers_parts', 1), (NULL, 'maintenance_covers_parts', 1);
