-- A few rows for samples/saas/current.sql, so that a migration shows what it keeps.
INSERT INTO app.tenants (slug, name, tier) VALUES ('acme', 'Acme', 'team'), ('globex', 'Globex', 'free');
INSERT INTO app.users (id, tenant_id, email, display_name, is_admin, external_ref) VALUES
    ('00000000-0000-0000-0000-000000000001', 100, 'ada@acme.test', 'Ada', true, 'sso:ada'),
    ('00000000-0000-0000-0000-000000000002', 100, 'bob@acme.test', 'Bob', false, NULL),
    ('00000000-0000-0000-0000-000000000003', 101, 'cy@globex.test', 'Cy', true, NULL);
INSERT INTO app.projects (id, tenant_id, name, owner_id) VALUES (1, 100, 'Website', '00000000-0000-0000-0000-000000000001'),
    (2, 101, 'Launch', '00000000-0000-0000-0000-000000000003');
INSERT INTO app.tasks (tenant_id, project_id, title, priority, estimate_hours, due) VALUES
    (100, 1, 'Fix the header', 2, 1.5, '2026-03-01'),
    (100, 1, 'Write the copy', 4, 6.25, NULL),
    (101, 2, 'Book the venue', 1, NULL, '2026-02-14');
INSERT INTO app.room_bookings (tenant_id, room, during) VALUES
    (100, 'blue', '[2026-01-05 09:00+00, 2026-01-05 10:00+00)'), (100, 'blue', '[2026-01-05 10:00+00, 2026-01-05 11:00+00)');
INSERT INTO app.sessions (user_id, expires_at) VALUES ('00000000-0000-0000-0000-000000000002', '2026-12-31');
INSERT INTO billing.invoices (tenant_id, issued_on, amount, tax_cents, bill_to) VALUES
    (100, '2026-01-31', 4900, 931, ROW('1 Main St', 'Springfield', '12345', 'US')),
    (101, '2026-01-31', 0, 0, NULL);
INSERT INTO billing.usage VALUES (100, 'seats', '2026-01-31', 2), (101, 'seats', '2026-01-31', 1);
INSERT INTO audit.events (at, tenant_id, action, region) VALUES
    ('2026-01-10 12:00+00', 100, 'login', 'eu'), ('2026-01-11 12:00+00', 101, 'login', 'us'),
    ('2026-02-02 12:00+00', 100, 'logout', 'eu'), ('2025-12-24 12:00+00', 100, 'login', 'eu');
INSERT INTO app.task_notes (tenant_id, body, task_id) VALUES (100, 'Header font is wrong', 1), (101, 'Venue shortlist sent', 3);
INSERT INTO app.project_notes (tenant_id, body, project_id) VALUES (100, 'Launch in March', 1), (100, 'Budget approved', 1),
    (101, 'Kick-off done', 2);
