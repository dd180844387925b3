-- Sales: recurring invoices, payment reminders (dunning) and signed public invoice links.

-- A recurring invoice: what to bill (customer, lines) and when (schedule). The scheduler makes one
-- invoice per period; `last_period` is the last period made, `next_run` the next one due (null: finished).
CREATE TABLE sales.recurring_invoices (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  customer_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'finished')),
  frequency text NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'yearly', 'custom')),
  interval_count integer CHECK (interval_count BETWEEN 1 AND 366),
  interval_unit text CHECK (interval_unit IN ('day', 'week', 'month')),
  day_of_month smallint CHECK (day_of_month BETWEEN 1 AND 31),
  start_date date NOT NULL,
  end_date date CHECK (end_date >= start_date),
  max_count integer CHECK (max_count >= 1),
  due_days integer CHECK (due_days BETWEEN 0 AND 3650),
  auto_issue boolean NOT NULL DEFAULT false,
  auto_send boolean NOT NULL DEFAULT false CHECK (NOT auto_send OR auto_issue),
  -- The invoice draft without dates: currency, place of supply, notes, terms, reference, lines.
  template jsonb NOT NULL,
  generated_count integer NOT NULL DEFAULT 0,
  last_period date,
  -- Periods before this date are skipped (set on resume: what fell due while paused is not billed).
  not_before date,
  next_run date,
  last_run_at timestamptz,
  last_error text CHECK (length(last_error) <= 2000),
  last_error_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX recurring_invoices_due ON sales.recurring_invoices (next_run) WHERE status = 'active';
CREATE INDEX recurring_invoices_customer ON sales.recurring_invoices (tenant_id, customer_id);
SELECT platform.protect_tenant_table('sales.recurring_invoices');

-- One row per schedule and period, written in the transaction that creates the period's invoice:
-- the unique key makes generation idempotent (a job run twice, two workers at once: one invoice).
CREATE TABLE sales.recurring_runs (
  tenant_id uuid NOT NULL,
  recurring_id uuid NOT NULL,
  period_date date NOT NULL,
  period_index integer NOT NULL,
  invoice_id uuid NOT NULL,
  issued boolean NOT NULL DEFAULT false,
  send_pending boolean NOT NULL DEFAULT false,
  sent_at timestamptz,
  send_error text CHECK (length(send_error) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, recurring_id, period_date)
);
CREATE UNIQUE INDEX recurring_runs_invoice ON sales.recurring_runs (tenant_id, invoice_id);
CREATE INDEX recurring_runs_unsent ON sales.recurring_runs (tenant_id) WHERE send_pending;
SELECT platform.protect_tenant_table('sales.recurring_runs');

-- The tenant's dunning schedule (one row; defaults apply until it is saved).
CREATE TABLE sales.reminder_settings (
  tenant_id uuid PRIMARY KEY,
  enabled boolean NOT NULL,
  stages jsonb NOT NULL,
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
SELECT platform.protect_tenant_table('sales.reminder_settings');

-- What dunning did per invoice: one row per stage (`d-3`, `d0`, `d+7`: mailed, skipped or sent by
-- hand) and one `overdue` row when invoice.overdue was raised. The key makes each happen once.
CREATE TABLE sales.invoice_reminders (
  tenant_id uuid NOT NULL,
  invoice_id uuid NOT NULL,
  stage text NOT NULL CHECK (length(stage) <= 20),
  outcome text NOT NULL CHECK (outcome IN ('sent', 'skipped', 'raised')),
  sent_to text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, invoice_id, stage)
);
SELECT platform.protect_tenant_table('sales.invoice_reminders');

-- Reminders sent by hand (POST /invoices/:id/remind): a log, any number per invoice.
CREATE TABLE sales.manual_reminders (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  invoice_id uuid NOT NULL,
  sent_to text[] NOT NULL,
  sent_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX manual_reminders_invoice ON sales.manual_reminders (tenant_id, invoice_id);
SELECT platform.protect_tenant_table('sales.manual_reminders');

-- The per-tenant secret that signs public invoice links; rotating it revokes every link.
CREATE TABLE sales.link_secrets (
  tenant_id uuid PRIMARY KEY,
  secret bytea NOT NULL CHECK (length(secret) = 32),
  generation integer NOT NULL DEFAULT 1,
  rotated_at timestamptz NOT NULL DEFAULT now()
);
SELECT platform.protect_tenant_table('sales.link_secrets');

GRANT SELECT, INSERT, UPDATE, DELETE ON sales.recurring_invoices TO kontor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON sales.recurring_runs TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON sales.reminder_settings TO kontor_app;
GRANT SELECT, INSERT ON sales.invoice_reminders TO kontor_app;
GRANT SELECT, INSERT ON sales.manual_reminders TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON sales.link_secrets TO kontor_app;
