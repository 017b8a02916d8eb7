-- The product catalogue: a category tree and the product models the maker sells.
-- Left empty here: the demo seed (or the admin) fills it.
CREATE TABLE product_category (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9_-]{1,32}$'),
    name        text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    parent_code text REFERENCES product_category(code),
    CHECK (parent_code IS NULL OR parent_code <> code)
);
CREATE INDEX product_category_parent_idx ON product_category (parent_code);

CREATE TABLE product_model (
    id              bigserial PRIMARY KEY,
    code            text NOT NULL UNIQUE CHECK (char_length(code) BETWEEN 1 AND 40 AND code !~ '\s'),
    name            text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    category_code   text NOT NULL REFERENCES product_category(code),
    brand           text NOT NULL DEFAULT '' CHECK (char_length(brand) <= 50),
    warranty_months smallint NOT NULL DEFAULT 12 CHECK (warranty_months BETWEEN 0 AND 120),
    active          boolean NOT NULL DEFAULT true,
    version         integer NOT NULL DEFAULT 1
);
CREATE INDEX product_model_category_idx ON product_model (category_code);
