-- Roles the saas sample grants to. pgshift does not manage roles: they are cluster-wide
-- and exist before any schema is planned (run once per cluster, as a superuser).
DO $$BEGIN CREATE ROLE saas_app; EXCEPTION WHEN duplicate_object THEN NULL; END$$;
DO $$BEGIN CREATE ROLE saas_readonly; EXCEPTION WHEN duplicate_object THEN NULL; END$$;
DO $$BEGIN CREATE ROLE saas_billing; EXCEPTION WHEN duplicate_object THEN NULL; END$$;
