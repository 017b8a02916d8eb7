-- Customer groups (客户分组): static lists of customers and rule-based segments that the server
-- evaluates on request. A group belongs to an org unit and is seen by the users of that unit's
-- ancestors and the unit itself (the usual org scope); the rule of a segment is stored as jsonb in
-- the vocabulary of common/model/customer_group (validated by the server before it is stored).

INSERT INTO permission (code, description) VALUES
    ('customer.group.read',  'See customer groups and segments of the own org subtree, their members and counts'),
    ('customer.group.write', 'Create, change and delete customer groups; add and remove members');

INSERT INTO role_permission (role_code, permission_code) VALUES
    ('agent', 'customer.group.read'), ('survey_agent', 'customer.group.read'),
    ('supervisor', 'customer.group.read'), ('supervisor', 'customer.group.write'),
    ('manager', 'customer.group.read'), ('manager', 'customer.group.write'),
    ('admin', 'customer.group.read'), ('admin', 'customer.group.write');

CREATE TABLE customer_group (
    id           bigserial PRIMARY KEY,
    version      integer NOT NULL DEFAULT 1,
    name         text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    description  text NOT NULL DEFAULT '' CHECK (char_length(description) <= 500),
    kind         text NOT NULL CHECK (kind IN ('static', 'segment')),
    rule         jsonb,
    org_unit_id  bigint NOT NULL REFERENCES org_unit(id),
    org_path     ltree NOT NULL,                 -- copy of the owning unit's path: scope filters use it
    member_count integer NOT NULL DEFAULT 0,     -- static groups: kept by customer_group_member_count()
    created_by   bigint REFERENCES app_user(id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'segment') = (rule IS NOT NULL)),
    CHECK (rule IS NULL OR (jsonb_typeof(rule) = 'object' AND jsonb_typeof(rule -> 'conditions') = 'array'))
);
-- One name per owning unit (case-insensitive).
CREATE UNIQUE INDEX customer_group_name_idx ON customer_group (org_unit_id, lower(name));
CREATE INDEX customer_group_org_path_idx ON customer_group USING gist (org_path);

CREATE TABLE customer_group_member (
    group_id    bigint NOT NULL REFERENCES customer_group(id) ON DELETE CASCADE,
    customer_id bigint NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    added_by    bigint REFERENCES app_user(id),
    added_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (group_id, customer_id)
);
-- "Which groups is this customer in" and the cascade when a customer goes.
CREATE INDEX customer_group_member_customer_idx ON customer_group_member (customer_id);

-- The member count of a static group follows its member rows, whoever changes them (the ops,
-- a cascade from a deleted customer): one statement-level trigger per direction.
CREATE FUNCTION customer_group_member_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE customer_group g SET member_count = g.member_count + d.n
        FROM (SELECT group_id, count(*) AS n FROM new_rows GROUP BY group_id) AS d WHERE g.id = d.group_id;
    ELSE
        UPDATE customer_group g SET member_count = g.member_count - d.n
        FROM (SELECT group_id, count(*) AS n FROM old_rows GROUP BY group_id) AS d WHERE g.id = d.group_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER customer_group_member_added AFTER INSERT ON customer_group_member
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION customer_group_member_count();
CREATE TRIGGER customer_group_member_removed AFTER DELETE ON customer_group_member
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION customer_group_member_count();

-- A category and everything below it (the product condition of a segment). UNION: a cycle in
-- the tree cannot loop.
CREATE FUNCTION csm_category_subtree(root text) RETURNS SETOF text LANGUAGE sql STABLE PARALLEL SAFE ROWS 4 AS $$
    WITH RECURSIVE t(code) AS (
        SELECT root
        UNION
        SELECT pc.code FROM product_category pc JOIN t ON pc.parent_code = t.code)
    SELECT code FROM t
$$;

-- Segments on a million customers (plans in docs/performance.md, "Customer segments"). The
-- embedded cluster's shared_buffers hold a fraction of the customer table, so every heap visit
-- is a read: the indexes below let the planner answer most rules from indexes alone.
-- The projection of the columns segment conditions test, in id order: index-only checks of the
-- customers a product condition finds, and index-only scans for rules on these columns.
CREATE INDEX customer_segment_idx ON customer (id)
    INCLUDE (org_path, province_code, city_code, district_code, gender, birth_date, vip_level);
-- Region: a customer matches a region of any level through its code of that level; with the
-- scope column included, "customers in Jiangsu" is counted from the index alone.
CREATE INDEX customer_province_idx ON customer (province_code) INCLUDE (org_path) WHERE province_code IS NOT NULL;
CREATE INDEX customer_city_idx ON customer (city_code) INCLUDE (org_path) WHERE city_code IS NOT NULL;
CREATE INDEX customer_district_idx ON customer (district_code) INCLUDE (org_path) WHERE district_code IS NOT NULL;
-- Tags: any of a list.
CREATE INDEX customer_tags_idx ON customer USING gin (tags);
-- VIP customers are few: the index holds only them.
CREATE INDEX customer_vip_level_idx ON customer (vip_level) INCLUDE (org_path) WHERE vip_level > 0;
-- Product category and purchase dates: the products of the category's models with their
-- customers, read from the index alone.
CREATE INDEX customer_product_model_purchase_idx ON customer_product (model_id, purchase_date) INCLUDE (customer_id);
