CREATE SCHEMA identity;
GRANT USAGE ON SCHEMA identity TO kontor_app;

CREATE OR REPLACE FUNCTION identity.current_user_id() RETURNS uuid
LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.user_id', true), '')::uuid
$$;
GRANT EXECUTE ON FUNCTION identity.current_user_id() TO kontor_app;

-- A business using Kontor. Every tenant-owned row elsewhere carries its id.
CREATE TABLE identity.tenants (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  legal_name text CHECK (length(legal_name) <= 200),
  country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
  base_currency char(3) NOT NULL CHECK (base_currency ~ '^[A-Z]{3}$'),
  timezone text NOT NULL,
  fiscal_year_start_month smallint NOT NULL DEFAULT 4 CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE identity.users (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  password_hash text NOT NULL,
  email_verified_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON identity.users (lower(email));

CREATE TABLE identity.memberships (
  tenant_id uuid NOT NULL REFERENCES identity.tenants (id),
  user_id uuid NOT NULL REFERENCES identity.users (id),
  role text NOT NULL CHECK (role IN ('owner', 'admin', 'accountant', 'viewer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX memberships_user ON identity.memberships (user_id);

-- EdDSA keys that sign access tokens; only the owner role reads them.
CREATE TABLE identity.signing_keys (
  kid text PRIMARY KEY,
  public_jwk jsonb NOT NULL,
  private_jwk jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz
);

ALTER TABLE identity.tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity.memberships ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_member ON identity.memberships
  USING (tenant_id = platform.current_tenant() OR user_id = identity.current_user_id())
  WITH CHECK (tenant_id = platform.current_tenant());

CREATE POLICY tenant_self ON identity.tenants
  USING (
    id = platform.current_tenant()
    OR id IN (SELECT m.tenant_id FROM identity.memberships m WHERE m.user_id = identity.current_user_id())
  )
  WITH CHECK (id = platform.current_tenant());

GRANT SELECT, INSERT, UPDATE ON identity.tenants TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON identity.users TO kontor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON identity.memberships TO kontor_app;
