-- After samples/saas down: priority is a smallint again, with its values.
SELECT sum(priority) = 7 FROM app.tasks;
SELECT (SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'app.tasks'::regclass AND attname = 'priority') = 'smallint';
SELECT enum_range(NULL::billing.invoice_status)::text = '{draft,sent,paid}';
SELECT count(*) = 2 FROM app.urgent_tasks;
SELECT count(*) = 5 FROM app.notes;
SELECT count(*) = 3 FROM app.project_notes;
