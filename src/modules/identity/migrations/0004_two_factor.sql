-- Two-factor authentication (TOTP, RFC 6238) and the tenant policy that can require it.
-- two_factor, recovery_codes and login_challenges belong to a user, not to a tenant: they carry
-- no tenant_id (like sessions). encryption_keys is platform data readable by the owner only.

-- Roles whose members must have two-factor on before they can use the tenant.
ALTER TABLE identity.tenants
  ADD COLUMN require_2fa_roles text[] NOT NULL DEFAULT '{}'
    CHECK (require_2fa_roles <@ ARRAY['owner', 'admin', 'accountant', 'sales', 'viewer', 'custom']::text[]);

-- AES-256-GCM keys that encrypt TOTP secrets at rest. No grant to kontor_app: only the owner
-- connection reads them, so a read through the application role yields ciphertext only.
CREATE TABLE identity.encryption_keys (
  id text PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('totp_secret')),
  key bytea NOT NULL CHECK (length(key) = 32),
  created_at timestamptz NOT NULL
);

-- One authenticator per user. enabled_at is null while enrolment awaits its first code.
CREATE TABLE identity.two_factor (
  user_id uuid PRIMARY KEY REFERENCES identity.users (id),
  -- iv (12 bytes) || GCM tag (16 bytes) || ciphertext of the base32 secret; the user id is the AAD.
  secret_ciphertext bytea NOT NULL CHECK (length(secret_ciphertext) > 28),
  key_id text NOT NULL,
  enabled_at timestamptz,
  -- The last TOTP time step accepted: a code (or an older one) never works twice.
  last_used_step bigint,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

-- Single-use recovery codes, stored as sha256 (of user id and code) only.
CREATE TABLE identity.recovery_codes (
  user_id uuid NOT NULL REFERENCES identity.users (id),
  code_hash bytea NOT NULL CHECK (length(code_hash) = 32),
  created_at timestamptz NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (user_id, code_hash)
);

-- The second step of a sign-in: handed out after a right password, traded for a session with a
-- right code within minutes. The opaque challenge is stored as sha256 only.
CREATE TABLE identity.login_challenges (
  id uuid PRIMARY KEY,
  token_hash bytea NOT NULL CHECK (length(token_hash) = 32),
  user_id uuid NOT NULL REFERENCES identity.users (id),
  -- The tenant asked for at sign-in (a preference of the sign-in, not tenant data).
  requested_tenant_id uuid,
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz
);
CREATE UNIQUE INDEX login_challenges_token_key ON identity.login_challenges (token_hash);
CREATE INDEX login_challenges_expiry ON identity.login_challenges (expires_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON identity.two_factor TO kontor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON identity.recovery_codes TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON identity.login_challenges TO kontor_app;
