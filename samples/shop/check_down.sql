-- After the down migration: version 1 again, with the rows it had.
SELECT count(*) = 2 FROM shop.orders;
SELECT to_regclass('shop.payments') IS NULL;
SELECT count(*) = 2 FROM shop.products WHERE legacy_code IS NULL OR legacy_code = 'A1';
