-- Responses to POSTs carrying an Idempotency-Key, replayed when the same key comes again.
CREATE TABLE platform.idempotency_keys (
  scope text NOT NULL,               -- tenant id, or the principal for tenant-free calls
  key text NOT NULL,
  method text NOT NULL,
  path text NOT NULL,
  request_hash text NOT NULL,
  state text NOT NULL DEFAULT 'in_progress' CHECK (state IN ('in_progress', 'done')),
  status_code integer,
  response_headers jsonb,
  response_body text,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_expires_at ON platform.idempotency_keys (expires_at);
