-- The application role: every request runs as it, and row-level security binds it to one tenant.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kontor_app') THEN
    CREATE ROLE kontor_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another database in this cluster created it concurrently
END
$$;

-- Lets an owner connection drop to the application role with SET ROLE (external databases).
DO $$
BEGIN
  EXECUTE format('GRANT kontor_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN
  NULL; -- already a member, or a superuser (who may SET ROLE anyway)
END
$$;

GRANT USAGE ON SCHEMA platform TO kontor_app;
GRANT SELECT ON platform.schema_migrations TO kontor_app;

-- The tenant of the current transaction, or NULL when none is set.
CREATE OR REPLACE FUNCTION platform.current_tenant() RETURNS uuid
LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.tenant_id', true), '')::uuid
$$;
GRANT EXECUTE ON FUNCTION platform.current_tenant() TO kontor_app;
