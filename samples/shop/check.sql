-- After the up migration: every row kept, new columns filled with their defaults.
SELECT count(*) = 3 FROM shop.customers;
SELECT bool_and(NOT marketing_opt_in) FROM shop.customers;
SELECT created_at = '2024-01-05 10:00'::timestamp AT TIME ZONE current_setting('TimeZone') FROM shop.customers WHERE id = 1;
SELECT count(*) = 3 FROM shop.order_lines WHERE unit_price = 0;
SELECT bool_and(tags = '{}') FROM shop.products;
SELECT count(*) = 0 FROM shop.payments;
