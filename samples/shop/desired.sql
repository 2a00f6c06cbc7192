-- The shop schema the team wants (version 2).
CREATE SCHEMA shop;
COMMENT ON SCHEMA shop IS 'Online shop';

CREATE TABLE shop.customers (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL,                   -- longer addresses: no rewrite
    full_name text NOT NULL,                       -- now required
    created_at timestamptz DEFAULT now(),          -- with time zone: rewrites the table
    marketing_opt_in boolean NOT NULL DEFAULT false
);
-- E-mail addresses are unique whatever their case.
CREATE UNIQUE INDEX customers_email_key ON shop.customers (lower(email));
COMMENT ON COLUMN shop.customers.email IS 'Login and contact address';

CREATE TABLE shop.products (
    id serial PRIMARY KEY,
    sku varchar(20) NOT NULL UNIQUE,
    title text NOT NULL,
    price numeric(10,2) NOT NULL CHECK (price > 0),  -- two more digits
    tags text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX products_tags_idx ON shop.products USING gin (tags);

CREATE TABLE shop.orders (
    id bigserial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES shop.customers (id) ON DELETE RESTRICT,
    placed_at timestamptz NOT NULL DEFAULT now(),
    status varchar(20) NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'paid', 'shipped', 'cancelled')),
    note text,
    total numeric(12,2) NOT NULL DEFAULT 0 CHECK (total >= 0)
);
CREATE INDEX orders_customer_idx ON shop.orders (customer_id, placed_at DESC);
CREATE INDEX orders_open_idx ON shop.orders (placed_at) WHERE status IN ('new', 'paid');

CREATE TABLE shop.order_lines (
    order_id bigint NOT NULL REFERENCES shop.orders (id) ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES shop.products (id),
    quantity integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    unit_price numeric(10,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE shop.payments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES shop.orders (id),
    amount numeric(12,2) NOT NULL CHECK (amount > 0),
    paid_at timestamptz NOT NULL DEFAULT now(),
    provider text NOT NULL,
    UNIQUE (order_id, provider)
);
CREATE INDEX payments_paid_at_idx ON shop.payments (paid_at) INCLUDE (amount);
COMMENT ON TABLE shop.payments IS 'One row per settled payment';
