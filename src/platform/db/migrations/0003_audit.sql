-- The audit trail: one append-only, hash-chained list of records per tenant.
-- Each record's hash covers the previous record's hash, so a changed, removed or inserted record
-- breaks the chain from that point on (`kontor audit verify` finds it).
CREATE TABLE platform.audit_log (
  tenant_id uuid NOT NULL,
  seq bigint NOT NULL CHECK (seq > 0),  -- 1, 2, 3 … per tenant, without gaps
  id uuid NOT NULL UNIQUE,
  -- Hashed as ISO text with milliseconds, so it holds no finer digits the hash could not see.
  occurred_at timestamptz NOT NULL CHECK (occurred_at = date_trunc('milliseconds', occurred_at)),
  actor jsonb NOT NULL,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  before jsonb,
  after jsonb,
  request_id text,
  ip text,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX audit_log_entity ON platform.audit_log (tenant_id, entity_type, entity_id, seq);

-- The last record of each tenant's chain. Appends lock this row, so appends in one tenant take
-- turns and the chain never forks; verification also checks that no record is missing at the end.
CREATE TABLE platform.audit_heads (
  tenant_id uuid PRIMARY KEY,
  seq bigint NOT NULL CHECK (seq >= 0),
  hash text NOT NULL
);

ALTER TABLE platform.audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE platform.audit_heads ENABLE ROW LEVEL SECURITY;

CREATE POLICY audit_log_read ON platform.audit_log FOR SELECT
  USING (tenant_id = platform.current_tenant());
CREATE POLICY audit_log_append ON platform.audit_log FOR INSERT
  WITH CHECK (tenant_id = platform.current_tenant());
CREATE POLICY audit_heads_own ON platform.audit_heads
  USING (tenant_id = platform.current_tenant())
  WITH CHECK (tenant_id = platform.current_tenant());

-- Append-only for the application: no UPDATE or DELETE on records.
GRANT SELECT, INSERT ON platform.audit_log TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON platform.audit_heads TO kontor_app;
