-- Customer products (客户产品资料): what a customer bought, the anchor of every repair.
-- The warranty end is computed by the service from the model's warranty months when the
-- product is recorded or its purchase date changes, and stored so that lists and the
-- screen pop read it without arithmetic.
CREATE TABLE customer_product (
    id            bigserial PRIMARY KEY,
    version       integer NOT NULL DEFAULT 1,
    customer_id   bigint NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    model_id      bigint NOT NULL REFERENCES product_model(id),
    serial_number text CHECK (serial_number ~ '^[A-Za-z0-9/_.-]{1,40}$'),
    purchase_date date,
    dealer        text NOT NULL DEFAULT '' CHECK (char_length(dealer) <= 100),
    install_date  date,
    warranty_end  date,
    note          text NOT NULL DEFAULT '' CHECK (char_length(note) <= 1000),
    created_by    bigint REFERENCES app_user(id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (install_date IS NULL OR purchase_date IS NULL OR install_date >= purchase_date)
);
-- A serial number is unique per model (two makers' numbering may collide across models).
CREATE UNIQUE INDEX customer_product_serial_idx ON customer_product (model_id, upper(serial_number))
    WHERE serial_number IS NOT NULL;
-- Search by serial number alone (the agent rarely knows the model code).
CREATE INDEX customer_product_serial_search_idx ON customer_product (upper(serial_number))
    WHERE serial_number IS NOT NULL;
CREATE INDEX customer_product_customer_idx ON customer_product (customer_id, id);
