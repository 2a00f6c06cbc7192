-- After samples/saas up: rows kept and converted, new values usable.
SELECT sum(priority) = 7 AND pg_typeof(sum(priority))::text = 'bigint' FROM app.tasks;
SELECT (SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'app.tasks'::regclass AND attname = 'priority') = 'integer';
SELECT count(*) = 3 FROM app.tasks WHERE assignee_id IS NULL;
SELECT enum_range(NULL::billing.invoice_status)::text = '{draft,sent,paid,void}';
SELECT count(*) = 2 FROM app.urgent_tasks;
SELECT count(*) = 4 FROM audit.events WHERE action IN ('login', 'logout');
SELECT (bill_to).city = 'Springfield' FROM billing.invoices WHERE tenant_id = 100;
SELECT count(*) = 5 FROM app.notes;
SELECT count(*) = 0 FROM app.notes WHERE pinned;
SELECT count(*) = 0 FROM app.invoice_notes;
SELECT (SELECT collname FROM pg_collation c JOIN pg_attribute a ON a.attcollation = c.oid WHERE a.attrelid = 'app.projects'::regclass AND a.attname = 'ticket_prefix') = 'natural_sort';
SELECT amount = '58.31' AND cents = 5831 FROM billing.totals WHERE tenant_id = 100;
