-- Service contracts (服务合同) on a customer product: an extended warranty (延保) until a day, or
-- a maintenance plan (保养套餐) until a day with a number of visits. They change who pays
-- (the warranty rule engine reads them). Never deleted: a contract is cancelled with a reason.
CREATE TABLE service_contract (
    id                  bigserial PRIMARY KEY,
    version             integer NOT NULL DEFAULT 1,
    customer_product_id bigint NOT NULL REFERENCES customer_product(id),
    kind                text NOT NULL CHECK (kind IN ('extended_warranty', 'maintenance_plan')),
    contract_no         text NOT NULL DEFAULT '' CHECK (char_length(contract_no) <= 40),
    starts_on           date NOT NULL,
    ends_on             date NOT NULL,
    visits              integer CHECK (visits BETWEEN 1 AND 100),
    visits_used         integer NOT NULL DEFAULT 0 CHECK (visits_used >= 0),
    price_fen           bigint NOT NULL DEFAULT 0 CHECK (price_fen BETWEEN 0 AND 100000000),
    note                text NOT NULL DEFAULT '' CHECK (char_length(note) <= 500),
    status              text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
    cancel_reason       text NOT NULL DEFAULT '' CHECK (char_length(cancel_reason) <= 500),
    cancelled_by        bigint REFERENCES app_user(id),
    cancelled_at        timestamptz,
    created_by          bigint REFERENCES app_user(id),
    created_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on >= starts_on),
    CHECK ((kind = 'maintenance_plan') = (visits IS NOT NULL)),
    CHECK (visits IS NULL OR visits_used <= visits),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
CREATE INDEX service_contract_product_idx ON service_contract (customer_product_id, id);
