-- OpenID Connect sign-in: accounts linked to an outside identity provider, and the sign-ins in
-- flight. Both belong to a user (or to nobody yet), not to a tenant: no tenant_id.

-- One row per (provider, subject) linked to a Kontor account. A provider's `sub` is stable and
-- never reassigned; the email is the one the provider vouched for when the link was made.
CREATE TABLE identity.external_identities (
  provider text NOT NULL CHECK (provider ~ '^[a-z][a-z0-9]{0,31}$'),
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
  user_id uuid NOT NULL REFERENCES identity.users (id),
  email text NOT NULL CHECK (length(email) <= 320),
  linked_at timestamptz NOT NULL,
  last_signed_in_at timestamptz NOT NULL,
  PRIMARY KEY (provider, subject)
);
CREATE INDEX external_identities_user ON identity.external_identities (user_id);

-- A started sign-in, found by the sha256 of its `state`. The browser holds the state and the PKCE
-- code verifier in an httpOnly cookie; nothing here is secret (the nonce travels in the
-- authorization URL anyway). Deleted when the callback uses it, so each works once; unused ones
-- expire and are deleted by later sign-ins.
CREATE TABLE identity.oidc_login_states (
  state_hash bytea PRIMARY KEY CHECK (length(state_hash) = 32),
  provider text NOT NULL,
  nonce text NOT NULL,
  -- Where the web app goes after signing in: a same-origin path.
  return_to text NOT NULL CHECK (return_to ~ '^/' AND length(return_to) <= 512),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX oidc_login_states_expiry ON identity.oidc_login_states (expires_at);

GRANT SELECT, INSERT, UPDATE ON identity.external_identities TO kontor_app;
GRANT SELECT, INSERT, DELETE ON identity.oidc_login_states TO kontor_app;
