-- The shop schema as it runs today (version 1).
CREATE SCHEMA shop;
COMMENT ON SCHEMA shop IS 'Online shop';

CREATE TABLE shop.customers (
    id serial PRIMARY KEY,
    email varchar(100) NOT NULL,
    full_name text,
    created_at timestamp DEFAULT now()
);
CREATE UNIQUE INDEX customers_email_key ON shop.customers (email);

CREATE TABLE shop.products (
    id serial PRIMARY KEY,
    sku varchar(20) NOT NULL UNIQUE,
    title text NOT NULL,
    price numeric(8,2) NOT NULL CHECK (price > 0),
    legacy_code text
);

CREATE TABLE shop.orders (
    id bigserial PRIMARY KEY,
    customer_id integer REFERENCES shop.customers (id),
    placed_at timestamp NOT NULL DEFAULT now(),
    status varchar(10) DEFAULT 'new',
    note text
);
CREATE INDEX orders_customer_idx ON shop.orders (customer_id);

CREATE TABLE shop.order_lines (
    order_id bigint NOT NULL REFERENCES shop.orders (id),
    product_id integer NOT NULL REFERENCES shop.products (id),
    quantity integer NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, product_id)
);
