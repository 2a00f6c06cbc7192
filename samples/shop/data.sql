-- Rows in version 1, valid under version 2's constraints, so the plan applies to a live shop.
INSERT INTO shop.customers (email, full_name, created_at) VALUES
    ('ada@example.com', 'Ada Lovelace', '2024-01-05 10:00'),
    ('alan@example.com', 'Alan Turing', '2024-02-11 09:30'),
    ('grace@example.com', 'Grace Hopper', NULL);
INSERT INTO shop.products (sku, title, price, legacy_code) VALUES
    ('BOOK-1', 'Notes on the Analytical Engine', 19.90, 'A1'),
    ('BOOK-2', 'On Computable Numbers', 24.50, NULL);
INSERT INTO shop.orders (customer_id, placed_at, status, note) VALUES
    (1, '2024-03-01 12:00', 'paid', 'gift wrap'),
    (2, '2024-03-02 08:15', 'new', NULL);
INSERT INTO shop.order_lines (order_id, product_id, quantity) VALUES (1, 1, 2), (1, 2, 1), (2, 2, 1);
