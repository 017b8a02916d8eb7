-- Customers and their phones. Name search is index-backed for every length, including the
-- two-character names that pg_trgm cannot serve from its index: each name is indexed as the
-- set of its single characters and character pairs (csm_grams), and a query of n >= 2 characters
-- needs all of its pairs present (then an exact substring recheck).
CREATE FUNCTION csm_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT g), '{}')
    FROM (SELECT substr(lower(t), i, 1) AS g FROM generate_series(1, char_length(t)) AS i
          UNION ALL
          SELECT substr(lower(t), i, 2) FROM generate_series(1, char_length(t) - 1) AS i) AS s
    WHERE g !~ '\s'
$$;

-- The grams a query must match: its character pairs, or the single character.
CREATE FUNCTION csm_query_grams(q text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN char_length(q) <= 1 THEN ARRAY[lower(q)]
                ELSE (SELECT array_agg(DISTINCT substr(lower(q), i, 2))
                      FROM generate_series(1, char_length(q) - 1) AS i
                      WHERE substr(q, i, 2) !~ '\s') END
$$;

CREATE TABLE customer (
    id            bigserial PRIMARY KEY,
    version       integer NOT NULL DEFAULT 1,
    name          text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
    gender        text CHECK (gender IN ('male', 'female')),
    birth_date    date,
    id_number     text CHECK (id_number ~ '^[0-9]{17}[0-9X]$'),
    email         text CHECK (char_length(email) <= 254),
    province_code text REFERENCES region(code),
    city_code     text REFERENCES region(code),
    district_code text REFERENCES region(code),
    address_detail text NOT NULL DEFAULT '' CHECK (char_length(address_detail) <= 200),
    address_text  text NOT NULL DEFAULT '',      -- province + city + district names + detail, for search
    occupation    text NOT NULL DEFAULT '' CHECK (char_length(occupation) <= 50),
    income_band   text NOT NULL DEFAULT '' CHECK (char_length(income_band) <= 20),
    family        text NOT NULL DEFAULT '' CHECK (char_length(family) <= 200),
    vip_level     smallint NOT NULL DEFAULT 0 CHECK (vip_level BETWEEN 0 AND 9),
    tags          text[] NOT NULL DEFAULT '{}',
    note          text NOT NULL DEFAULT '' CHECK (char_length(note) <= 2000),
    org_unit_id   bigint NOT NULL REFERENCES org_unit(id),
    org_path      ltree NOT NULL,                -- copy of the owning unit's path: scope filters use it
    created_by    bigint REFERENCES app_user(id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    name_grams    text[] GENERATED ALWAYS AS (csm_grams(name)) STORED
);
CREATE INDEX customer_name_grams_idx ON customer USING gin (name_grams);
CREATE INDEX customer_address_trgm_idx ON customer USING gin (address_text gin_trgm_ops);
CREATE INDEX customer_id_number_idx ON customer (id_number) WHERE id_number IS NOT NULL;
CREATE INDEX customer_org_path_idx ON customer USING gist (org_path);

CREATE TABLE customer_phone (
    customer_id bigint NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    position    smallint NOT NULL CHECK (position BETWEEN 0 AND 9),
    phone       text NOT NULL,                   -- normalised: 13912345678, 02512345678
    local_part  text NOT NULL,                   -- landline without area code; = phone for mobiles
    kind        text NOT NULL CHECK (kind IN ('mobile', 'landline', 'service', 'international')),
    PRIMARY KEY (customer_id, position)
);
CREATE INDEX customer_phone_phone_idx ON customer_phone (phone) INCLUDE (customer_id);
CREATE INDEX customer_phone_local_idx ON customer_phone (local_part) INCLUDE (customer_id);
