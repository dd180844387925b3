-- Transactional outbox: use cases insert their events here in their own transaction; the relay
-- (owner role) publishes committed rows in seq order and stamps published_at.
CREATE TABLE platform.outbox (
  seq bigserial PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  tenant_id uuid,
  type text NOT NULL CHECK (type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
  occurred_at timestamptz NOT NULL,
  actor jsonb,
  data jsonb NOT NULL,
  schema_version integer NOT NULL DEFAULT 1 CHECK (schema_version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz
);
CREATE INDEX outbox_unpublished ON platform.outbox (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_published_at ON platform.outbox (published_at) WHERE published_at IS NOT NULL;

ALTER TABLE platform.outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY outbox_append ON platform.outbox FOR INSERT
  WITH CHECK (tenant_id IS NULL OR tenant_id = platform.current_tenant());
GRANT INSERT ON platform.outbox TO kontor_app;
GRANT USAGE ON SEQUENCE platform.outbox_seq_seq TO kontor_app;

-- NOTIFY is delivered at commit, so the relay wakes exactly when new events become visible.
CREATE FUNCTION platform.outbox_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kontor_outbox', '');
  RETURN NULL;
END
$$;
CREATE TRIGGER outbox_notify AFTER INSERT ON platform.outbox
  FOR EACH STATEMENT EXECUTE FUNCTION platform.outbox_notify();

-- Consumer idempotency: a handler's transaction inserts (consumer, event id) first and runs only
-- if the row is new; a failed handler rolls its inbox row back with everything else.
CREATE TABLE platform.inbox (
  consumer text NOT NULL,
  event_id uuid NOT NULL,
  tenant_id uuid,
  processed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
CREATE INDEX inbox_processed_at ON platform.inbox (processed_at);

ALTER TABLE platform.inbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY inbox_tenant ON platform.inbox
  USING (tenant_id IS NOT DISTINCT FROM platform.current_tenant())
  WITH CHECK (tenant_id IS NOT DISTINCT FROM platform.current_tenant());
GRANT SELECT, INSERT ON platform.inbox TO kontor_app;

-- Deliveries that failed: `retrying` until the backoff runs out, then `dead` until an operator
-- retries them. Written by the owner role; tenants may read their own through the admin API.
CREATE TABLE platform.event_failures (
  consumer text NOT NULL,
  event_id uuid NOT NULL,
  tenant_id uuid,
  event_type text NOT NULL,
  event jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('retrying', 'dead')),
  attempts integer NOT NULL CHECK (attempts >= 0),
  last_error text NOT NULL,
  next_attempt_at timestamptz,
  first_failed_at timestamptz NOT NULL DEFAULT now(),
  last_failed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
CREATE INDEX event_failures_due ON platform.event_failures (next_attempt_at) WHERE status = 'retrying';
CREATE INDEX event_failures_dead ON platform.event_failures (tenant_id, event_id, consumer) WHERE status = 'dead';

ALTER TABLE platform.event_failures ENABLE ROW LEVEL SECURITY;
CREATE POLICY event_failures_tenant ON platform.event_failures FOR SELECT
  USING (tenant_id = platform.current_tenant());
GRANT SELECT ON platform.event_failures TO kontor_app;
