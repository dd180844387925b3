-- Sign-in sessions, their rotating refresh tokens, one-time codes sent by mail, and each user's
-- security log. All of these belong to a user, not to a tenant: they carry no tenant_id, and the
-- application role gets only the privileges the use cases need (no DELETE: expired rows are
-- pruned by a job on the owner connection).

-- One session per sign-in; it is also the refresh-token family. Access tokens carry its id as `sid`.
CREATE TABLE identity.sessions (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES identity.users (id),
  -- The tenant this session's tokens act in (a preference of the user's session, not tenant data).
  acting_tenant_id uuid REFERENCES identity.tenants (id),
  user_agent text CHECK (length(user_agent) <= 512),
  ip text CHECK (length(ip) <= 64),
  -- sha256 of the CSRF token given to cookie (web) clients; null for bearer-only clients.
  csrf_hash bytea,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz NOT NULL,
  -- Sliding: moved forward on every refresh, never past absolute_expires_at.
  expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  revoked_reason text CHECK (revoked_reason IN ('logout', 'revoked', 'password_reset', 'token_reuse')),
  CHECK (expires_at <= absolute_expires_at),
  CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);
CREATE INDEX sessions_user ON identity.sessions (user_id, created_at DESC);
CREATE INDEX sessions_expiry ON identity.sessions (expires_at);

-- Opaque refresh tokens, stored only as sha256. Each is used once: using it marks it and issues
-- the next; presenting a used one again revokes the whole session (family).
CREATE TABLE identity.refresh_tokens (
  token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
  session_id uuid NOT NULL REFERENCES identity.sessions (id),
  created_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX refresh_tokens_session ON identity.refresh_tokens (session_id);

-- Codes mailed for email verification and password reset; stored as argon2id hashes.
CREATE TABLE identity.one_time_codes (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES identity.users (id),
  purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
  code_hash text NOT NULL,
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz,
  -- Set when a newer code for the same purpose replaced it, or too many wrong guesses burnt it.
  voided_at timestamptz
);
CREATE INDEX one_time_codes_open ON identity.one_time_codes (user_id, purpose, created_at DESC)
  WHERE consumed_at IS NULL AND voided_at IS NULL;

-- What happened to an account, for its owner to review: sign-ins, failed sign-ins, resets.
-- Nothing secret is stored here (no passwords, codes or tokens).
CREATE TABLE identity.security_events (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES identity.users (id),
  type text NOT NULL CHECK (type ~ '^[a-z_]+\.[a-z_]+$'),
  session_id uuid,
  acting_tenant_id uuid, -- the tenant signed in to, if any (informational: the row belongs to the user)
  ip text CHECK (length(ip) <= 64),
  user_agent text CHECK (length(user_agent) <= 512),
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  occurred_at timestamptz NOT NULL
);
CREATE INDEX security_events_user ON identity.security_events (user_id, occurred_at DESC, id DESC);

GRANT SELECT, INSERT, UPDATE ON identity.sessions TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON identity.refresh_tokens TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON identity.one_time_codes TO kontor_app;
GRANT SELECT, INSERT ON identity.security_events TO kontor_app;
