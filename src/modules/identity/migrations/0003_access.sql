-- Members and roles (built-in + custom per tenant), invitations, API keys, plans and limits,
-- tenant kind and Indian GST registration, stores. Every tenant-owned table has tenant_id,
-- row-level security on platform.current_tenant(), and grants to kontor_app.

-- Tenants: plan, kind, GST registration (all additive, with defaults).
ALTER TABLE identity.tenants
  ADD COLUMN plan text NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'standard', 'pro')),
  ADD COLUMN kind text NOT NULL DEFAULT 'business' CHECK (kind IN ('business', 'household')),
  ADD COLUMN gstin text CHECK (gstin ~ '^[0-9]{2}[A-Z0-9]{13}$'),
  ADD COLUMN state_code char(2) CHECK (state_code ~ '^[0-9]{2}$');

-- Custom roles: a name and a set of declared permission keys.
CREATE TABLE identity.roles (
  tenant_id uuid NOT NULL REFERENCES identity.tenants (id),
  id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  description text CHECK (length(description) <= 500),
  permissions text[] NOT NULL CHECK (cardinality(permissions) <= 500),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX roles_id_key ON identity.roles (id);
CREATE UNIQUE INDEX roles_name_key ON identity.roles (tenant_id, lower(name));

-- Memberships: the sales role, custom roles.
ALTER TABLE identity.memberships DROP CONSTRAINT memberships_role_check;
ALTER TABLE identity.memberships
  ADD CONSTRAINT memberships_role_check CHECK (role IN ('owner', 'admin', 'accountant', 'sales', 'viewer', 'custom')),
  ADD COLUMN custom_role_id uuid,
  ADD CONSTRAINT memberships_custom_role_fk FOREIGN KEY (tenant_id, custom_role_id) REFERENCES identity.roles (tenant_id, id),
  ADD CONSTRAINT memberships_custom_role_check CHECK ((role = 'custom') = (custom_role_id IS NOT NULL));

-- Invitations by email; the one-time token is stored as sha256 only.
CREATE TABLE identity.invitations (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES identity.tenants (id),
  email text NOT NULL CHECK (length(email) <= 254),
  role text NOT NULL CHECK (role IN ('owner', 'admin', 'accountant', 'sales', 'viewer', 'custom')),
  custom_role_id uuid,
  token_hash bytea NOT NULL CHECK (length(token_hash) = 32),
  invited_by uuid NOT NULL REFERENCES identity.users (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  accepted_by uuid REFERENCES identity.users (id),
  revoked_at timestamptz,
  FOREIGN KEY (tenant_id, custom_role_id) REFERENCES identity.roles (tenant_id, id),
  CHECK ((role = 'custom') = (custom_role_id IS NOT NULL))
);
CREATE UNIQUE INDEX invitations_token_key ON identity.invitations (token_hash);
CREATE INDEX invitations_tenant ON identity.invitations (tenant_id, created_at DESC);

-- API keys: tenant-scoped, chosen permissions, sha256 of the secret only.
CREATE TABLE identity.api_keys (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES identity.tenants (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  prefix text NOT NULL CHECK (length(prefix) <= 32),
  key_hash bytea NOT NULL CHECK (length(key_hash) = 32),
  permissions text[] NOT NULL CHECK (cardinality(permissions) BETWEEN 1 AND 500),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE UNIQUE INDEX api_keys_hash_key ON identity.api_keys (key_hash);
CREATE INDEX api_keys_tenant ON identity.api_keys (tenant_id, created_at DESC);

-- Stores / branches of a business.
CREATE TABLE identity.stores (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES identity.tenants (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  code text CHECK (length(code) <= 32),
  address text CHECK (length(address) <= 1000),
  gstin text CHECK (gstin ~ '^[0-9]{2}[A-Z0-9]{13}$'),
  state_code char(2) CHECK (state_code ~ '^[0-9]{2}$'),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz
);
CREATE INDEX stores_tenant ON identity.stores (tenant_id, created_at, id);
CREATE UNIQUE INDEX stores_code_key ON identity.stores (tenant_id, lower(code)) WHERE code IS NOT NULL;

-- Metered usage per tenant and calendar month (documents per month, …).
CREATE TABLE identity.usage_counters (
  tenant_id uuid NOT NULL REFERENCES identity.tenants (id),
  metric text NOT NULL CHECK (metric ~ '^[a-z_]{1,40}$'),
  period char(7) NOT NULL CHECK (period ~ '^[0-9]{4}-[0-9]{2}$'),
  used integer NOT NULL DEFAULT 0 CHECK (used >= 0),
  PRIMARY KEY (tenant_id, metric, period)
);

ALTER TABLE identity.roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity.invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity.api_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity.stores ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity.usage_counters ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON identity.roles
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
CREATE POLICY tenant_isolation ON identity.invitations
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
CREATE POLICY tenant_isolation ON identity.api_keys
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
CREATE POLICY tenant_isolation ON identity.stores
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
CREATE POLICY tenant_isolation ON identity.usage_counters
  USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON identity.roles TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON identity.invitations TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON identity.api_keys TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON identity.stores TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON identity.usage_counters TO kontor_app;

-- A presented secret (invitation token, API key) names its tenant only through its hash. These
-- two functions answer "which tenant and row does this exact hash belong to?" and nothing else,
-- so the application role can find the tenant before it is allowed to read the row under RLS.
CREATE FUNCTION identity.invitation_by_token(p_hash bytea) RETURNS TABLE (id uuid, tenant_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT i.id, i.tenant_id FROM identity.invitations i WHERE i.token_hash = p_hash
$$;
CREATE FUNCTION identity.api_key_by_hash(p_hash bytea) RETURNS TABLE (id uuid, tenant_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT k.id, k.tenant_id FROM identity.api_keys k WHERE k.key_hash = p_hash
$$;
REVOKE ALL ON FUNCTION identity.invitation_by_token(bytea) FROM PUBLIC;
REVOKE ALL ON FUNCTION identity.api_key_by_hash(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION identity.invitation_by_token(bytea) TO kontor_app;
GRANT EXECUTE ON FUNCTION identity.api_key_by_hash(bytea) TO kontor_app;
