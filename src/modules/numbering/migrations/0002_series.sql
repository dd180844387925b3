-- Numbering series: one configuration row per tenant and document type, one counter per fiscal
-- year (or one for all years when the series never resets). A draw locks its counter row until the
-- drawing transaction ends, so numbers are unique and gapless (a rollback gives the number back).
CREATE TABLE numbering.series (
  tenant_id uuid NOT NULL,
  document_type text NOT NULL CHECK (document_type IN ('quotation', 'sales_order', 'delivery_note', 'invoice', 'credit_note', 'debit_note',
    'payment_received', 'purchase_order', 'goods_receipt', 'bill', 'vendor_debit_note', 'vendor_payment')),
  format text NOT NULL CHECK (length(format) BETWEEN 1 AND 64),
  reset_yearly boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, document_type)
);
SELECT platform.protect_tenant_table('numbering.series');

CREATE TABLE numbering.counters (
  tenant_id uuid NOT NULL,
  document_type text NOT NULL,
  -- The fiscal year's start year, or 0 for the one counter of a series that never resets.
  period integer NOT NULL CHECK (period = 0 OR period BETWEEN 1900 AND 9999),
  next_value bigint NOT NULL DEFAULT 1 CHECK (next_value >= 1),
  -- How many numbers were drawn from this counter (0: the next number may still be set freely).
  drawn bigint NOT NULL DEFAULT 0 CHECK (drawn >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, document_type, period)
);
SELECT platform.protect_tenant_table('numbering.counters');

-- The tenant's fiscal-year start month and time zone as the numbering module last heard it from identity
-- (kept current by the tenant.created / tenant.updated events), so a draw needs no second connection.
CREATE TABLE numbering.settings (
  tenant_id uuid PRIMARY KEY,
  fiscal_year_start_month smallint NOT NULL CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
  -- The tenant's time zone: "today" (the current fiscal year) is a date there.
  timezone text NOT NULL DEFAULT 'UTC' CHECK (length(timezone) <= 64),
  updated_at timestamptz NOT NULL DEFAULT now()
);
SELECT platform.protect_tenant_table('numbering.settings');

GRANT SELECT, INSERT, UPDATE ON numbering.series TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON numbering.counters TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON numbering.settings TO kontor_app;
