-- Forced row-level security. With only ENABLE, the tables' owner skips every policy; with FORCE it
-- is bound like anyone else. The platform machinery that must see all tenants (outbox relay, audit
-- verification, pruning, migrations, SECURITY DEFINER lookups) runs as the owner, and passes the
-- policies through membership of `kontor_system`, which has a USING (true) policy on every
-- tenant table. The application role `kontor_app` is never a member of it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kontor_system') THEN
    CREATE ROLE kontor_system NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another database in this cluster created it concurrently
END
$$;

DO $$
DECLARE
  me name := current_user;
  privileged boolean;
BEGIN
  SELECT rolsuper OR rolbypassrls INTO privileged FROM pg_roles WHERE rolname = me;
  IF NOT pg_has_role(me, 'kontor_system', 'USAGE') THEN
    BEGIN
      EXECUTE format('GRANT kontor_system TO %I', me);
    EXCEPTION WHEN insufficient_privilege THEN
      IF NOT privileged THEN
        RAISE EXCEPTION '% may not join kontor_system, without which the outbox relay and audit verification see no rows; as a superuser run GRANT kontor_system TO %; then migrate again', me, quote_ident(me);
      END IF;
    END;
  END IF;
  IF pg_has_role('kontor_app', 'kontor_system', 'MEMBER') THEN
    RAISE EXCEPTION 'kontor_app must not be a member of kontor_system: it would see every tenant';
  END IF;
END
$$;

-- Binds a tenant table to its tenant for everyone, its owner included:
--   * ENABLE and FORCE row-level security;
--   * a policy for kontor_system that sees and writes every row (platform machinery);
--   * when the table has no policy yet, the standard `tenant_isolation` policy on `tenant_id`.
-- Tables with their own tenant policies (outbox: insert only, audit_log: append only) keep them.
-- Modules call it from their migrations for every table that carries tenant_id:
--   SELECT platform.protect_tenant_table('sales.invoices');
CREATE OR REPLACE FUNCTION platform.protect_tenant_table(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_policy WHERE polrelid = tbl) THEN
    IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = tbl AND attname = 'tenant_id' AND NOT attisdropped) THEN
      RAISE EXCEPTION '% has no tenant_id column and no policy of its own', tbl;
    END IF;
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %s USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant())',
      tbl);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policy WHERE polrelid = tbl AND polname = 'system_access') THEN
    EXECUTE format('CREATE POLICY system_access ON %s TO kontor_system USING (true) WITH CHECK (true)', tbl);
  END IF;
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
END
$$;
REVOKE ALL ON FUNCTION platform.protect_tenant_table(regclass) FROM PUBLIC;

SELECT platform.protect_tenant_table('platform.outbox');
SELECT platform.protect_tenant_table('platform.inbox');
SELECT platform.protect_tenant_table('platform.event_failures');
SELECT platform.protect_tenant_table('platform.audit_log');
SELECT platform.protect_tenant_table('platform.audit_heads');
