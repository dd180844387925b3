-- Exchange rates per tenant: how many units of the tenant's base currency one unit of `currency`
-- was worth on `rate_date`. A lookup takes the latest rate on or before a date.
CREATE TABLE ledger.exchange_rates (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  base_currency char(3) NOT NULL CHECK (base_currency ~ '^[A-Z]{3}$'),
  rate_date date NOT NULL,
  -- up to 12 integer digits and 18 decimals: enough for IDR→KWD and KWD→IDR alike
  rate numeric(30, 18) NOT NULL CHECK (rate > 0),
  source text NOT NULL CHECK (source IN ('manual', 'csv', 'provider')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CHECK (currency <> base_currency)
);
CREATE UNIQUE INDEX exchange_rates_pair_date_key ON ledger.exchange_rates (tenant_id, currency, base_currency, rate_date);

ALTER TABLE ledger.exchange_rates ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ledger.exchange_rates USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON ledger.exchange_rates TO kontor_app;

-- Forced row-level security like every ledger table (platform 0005_system_role.sql), where available.
DO $$
BEGIN
  IF to_regprocedure('platform.protect_tenant_table(regclass)') IS NOT NULL THEN
    PERFORM platform.protect_tenant_table('ledger.exchange_rates');
  END IF;
END
$$;
