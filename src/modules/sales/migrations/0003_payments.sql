-- Sales: payments received from customers (seed 001 payments, seed 002 PaymentReceived).
-- Amounts are minor units of the payment currency (bigint); base amounts minor units of the
-- tenant's base currency. The ledger entry is the book of record; these rows say which invoices
-- each payment settled and what of it is still held as a customer advance.

-- Per-tenant payment settings: the largest write-off per allocation, in base currency.
CREATE TABLE sales.payment_settings (
  tenant_id uuid PRIMARY KEY,
  write_off_limit numeric(20, 6) NOT NULL DEFAULT 10 CHECK (write_off_limit >= 0),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
SELECT platform.protect_tenant_table('sales.payment_settings');

CREATE TABLE sales.payments (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  number text NOT NULL CHECK (length(number) BETWEEN 1 AND 32),
  customer_id uuid NOT NULL,
  payment_date date NOT NULL,
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  amount bigint NOT NULL CHECK (amount > 0),
  bank_charges bigint NOT NULL DEFAULT 0 CHECK (bank_charges >= 0 AND bank_charges < amount),
  -- Base-currency value of one unit of the payment currency on the payment date.
  exchange_rate numeric(30, 18) NOT NULL CHECK (exchange_rate > 0),
  deposit_account_id uuid NOT NULL,
  mode text NOT NULL CHECK (mode IN ('cash', 'bank_transfer', 'upi', 'cheque', 'card')),
  reference text CHECK (length(reference) <= 100),
  memo text CHECK (length(memo) <= 500),
  -- What the payment left over as a customer advance when it was recorded, and its base value.
  advance bigint NOT NULL DEFAULT 0 CHECK (advance >= 0 AND advance <= amount),
  advance_base bigint NOT NULL DEFAULT 0 CHECK (advance_base >= 0),
  -- What of the advance has not been applied to invoices yet.
  unapplied bigint NOT NULL DEFAULT 0 CHECK (unapplied >= 0 AND unapplied <= advance),
  status text NOT NULL DEFAULT 'posted' CHECK (status IN ('posted', 'reversed')),
  entry_id uuid NOT NULL,
  reversal_entry_id uuid,
  reversal_date date,
  reversal_reason text CHECK (length(reversal_reason) <= 500),
  version integer NOT NULL DEFAULT 1,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number),
  CHECK (status = 'posted' OR (unapplied = 0 AND reversal_entry_id IS NOT NULL))
);
CREATE INDEX payments_date ON sales.payments (tenant_id, payment_date DESC, id DESC);
CREATE INDEX payments_customer ON sales.payments (tenant_id, customer_id, payment_date DESC, id DESC);
CREATE INDEX payments_advances ON sales.payments (tenant_id, customer_id, currency, payment_date, id) WHERE unapplied > 0;
SELECT platform.protect_tenant_table('sales.payments');

-- What each payment settled: on the payment itself (application_id null, the payment's entry) or
-- later from its advance (one application = one ledger entry). Reversed with the payment.
CREATE TABLE sales.payment_allocations (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  payment_id uuid NOT NULL,
  application_id uuid,
  invoice_id uuid NOT NULL,
  invoice_number text,
  amount bigint NOT NULL CHECK (amount > 0),
  write_off bigint NOT NULL DEFAULT 0 CHECK (write_off >= 0),
  -- Base values: what the settlement was worth at the payment's rate, what it cleared of the
  -- receivable at the invoice's rate, and the realised difference (value - settled).
  value_base bigint NOT NULL,
  settled_base bigint NOT NULL,
  gain_loss bigint NOT NULL DEFAULT 0,
  applied_date date NOT NULL,
  entry_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'reversed')),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, payment_id) REFERENCES sales.payments (tenant_id, id)
);
CREATE INDEX payment_allocations_payment ON sales.payment_allocations (tenant_id, payment_id, seq);
CREATE INDEX payment_allocations_invoice ON sales.payment_allocations (tenant_id, invoice_id);
SELECT platform.protect_tenant_table('sales.payment_allocations');

GRANT SELECT, INSERT, UPDATE ON sales.payment_settings, sales.payments, sales.payment_allocations TO kontor_app;
GRANT USAGE ON SEQUENCE sales.payment_allocations_seq_seq TO kontor_app;
