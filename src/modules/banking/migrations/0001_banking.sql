-- Banking: bank and cash accounts, imported statements.
CREATE SCHEMA banking;
GRANT USAGE ON SCHEMA banking TO kontor_app;

-- A bank or cash account: a ledger account (subtype bank or cash) with its bank details. Only the
-- masked account number is kept.
CREATE TABLE banking.bank_accounts (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('bank', 'cash')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  ledger_account_id uuid NOT NULL,
  bank_name text CHECK (length(bank_name) <= 200),
  account_number_masked text CHECK (length(account_number_masked) <= 40),
  ifsc text CHECK (length(ifsc) <= 11),
  bic text CHECK (length(bic) <= 11),
  iban text CHECK (length(iban) <= 34),
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  opening_balance numeric,
  opening_balance_date date,
  opening_entry_id uuid,
  opening_revision integer NOT NULL DEFAULT 0,
  last_statement_balance numeric,
  last_statement_date date,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, ledger_account_id)
);
CREATE INDEX bank_accounts_created ON banking.bank_accounts (tenant_id, created_at, id);
SELECT platform.protect_tenant_table('banking.bank_accounts');

-- Saved CSV column mappings, per bank.
CREATE TABLE banking.statement_presets (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  bank_name text CHECK (length(bank_name) <= 200),
  mapping jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name)
);
SELECT platform.protect_tenant_table('banking.statement_presets');

-- One row per imported file, with its counts and the statements it held.
CREATE TABLE banking.statement_imports (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  bank_account_id uuid NOT NULL,
  format text NOT NULL CHECK (format IN ('csv', 'ofx', 'camt053', 'camt054', 'mt940')),
  file_name text NOT NULL CHECK (length(file_name) <= 255),
  file_sha256 text NOT NULL,
  file_bytes integer NOT NULL,
  statement_count integer NOT NULL,
  line_count integer NOT NULL,
  imported_count integer NOT NULL,
  duplicate_count integer NOT NULL,
  balance_status text NOT NULL CHECK (balance_status IN ('ok', 'unchecked')),
  opening_balance numeric,
  closing_balance numeric,
  period_from date,
  period_to date,
  statements jsonb NOT NULL,
  warnings jsonb NOT NULL DEFAULT '[]',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, bank_account_id) REFERENCES banking.bank_accounts (tenant_id, id)
);
CREATE INDEX statement_imports_account ON banking.statement_imports (tenant_id, bank_account_id, created_at DESC, id DESC);
SELECT platform.protect_tenant_table('banking.statement_imports');

-- Statement lines: what the bank says happened, waiting for reconciliation. A line is unique per
-- account by its duplicate key (bank id + date + amount, or a content hash), so overlapping and
-- concurrent imports keep one copy.
CREATE TABLE banking.statement_lines (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  bank_account_id uuid NOT NULL,
  import_id uuid NOT NULL,
  statement_index integer NOT NULL,
  line_date date NOT NULL,
  value_date date,
  amount numeric NOT NULL,
  currency text NOT NULL,
  description text NOT NULL CHECK (length(description) <= 2000),
  reference text CHECK (length(reference) <= 200),
  bank_ref text CHECK (length(bank_ref) <= 200),
  counterparty text CHECK (length(counterparty) <= 300),
  balance numeric,
  dedupe_key text NOT NULL,
  status text NOT NULL DEFAULT 'unreconciled' CHECK (status IN ('unreconciled', 'reconciled', 'excluded')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, bank_account_id, dedupe_key),
  FOREIGN KEY (tenant_id, bank_account_id) REFERENCES banking.bank_accounts (tenant_id, id),
  FOREIGN KEY (tenant_id, import_id) REFERENCES banking.statement_imports (tenant_id, id)
);
CREATE INDEX statement_lines_account_date ON banking.statement_lines (tenant_id, bank_account_id, line_date, seq);
CREATE INDEX statement_lines_import ON banking.statement_lines (tenant_id, import_id);
SELECT platform.protect_tenant_table('banking.statement_lines');

GRANT SELECT, INSERT, UPDATE ON banking.bank_accounts TO kontor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON banking.statement_presets TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON banking.statement_imports TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON banking.statement_lines TO kontor_app;
GRANT USAGE ON SEQUENCE banking.statement_lines_seq_seq TO kontor_app;
