-- Fault codes (故障代码) per product category: what a technician or an agent records as the fault
-- of a product. A product's codes are those of its model's category and of the categories above
-- it (a wall-mounted air conditioner has the codes of 空调). An order whose product has a category
-- with codes takes only an active code of them (ticket.create, ticket.transition).
-- Left empty here, like the catalogue: the demo seed (or the admin) fills it.

INSERT INTO permission (code, description) VALUES
    ('fault_code.admin', 'Edit the fault codes of product categories');
INSERT INTO role_permission (role_code, permission_code) VALUES ('admin', 'fault_code.admin');

CREATE TABLE fault_code (
    category_code text NOT NULL REFERENCES product_category(code),
    code          text NOT NULL CHECK (code ~ '^[A-Za-z0-9_.-]{1,20}$'),
    name          text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    active        boolean NOT NULL DEFAULT true,
    version       integer NOT NULL DEFAULT 1,
    updated_by    bigint REFERENCES app_user(id),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (category_code, code)
);
