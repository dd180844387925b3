-- Parties (customers and vendors) and the tenant's credit-limit setting.
-- Trigram search over names, GSTIN, emails and phones (`q` on the list endpoints).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One row per party; a party may be a customer, a vendor, or both. Money is kept as exact numeric
-- in the party's currency; the ledger (not this table) is the truth about balances.
CREATE TABLE parties.parties (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  is_customer boolean NOT NULL DEFAULT false,
  is_vendor boolean NOT NULL DEFAULT false,
  legal_name text NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 200),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  registration_type text NOT NULL CHECK (registration_type IN ('registered', 'unregistered', 'composition', 'sez', 'overseas')),
  gstin char(15) CHECK (gstin ~ '^[0-9]{2}[A-Z0-9]{13}$'),
  gst_state_code char(2),
  pan char(10) CHECK (pan ~ '^[A-Z]{5}[0-9]{4}[A-Z]$'),
  billing_address jsonb,
  shipping_address jsonb,
  contacts jsonb NOT NULL DEFAULT '[]',
  emails text[] NOT NULL DEFAULT '{}',
  phones text[] NOT NULL DEFAULT '{}',
  payment_terms_days integer CHECK (payment_terms_days BETWEEN 0 AND 3650),
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  credit_limit numeric(30, 6) CHECK (credit_limit >= 0),
  opening_balance numeric(30, 6),
  opening_balance_date date,
  opening_entry_id uuid,
  opening_side text CHECK (opening_side IN ('receivable', 'payable')),
  opening_revision integer NOT NULL DEFAULT 0,
  tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 20),
  notes text CHECK (length(notes) <= 2000),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'archived')),
  search_text text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CHECK (is_customer OR is_vendor),
  CHECK ((opening_balance IS NULL) = (opening_balance_date IS NULL) AND (opening_balance IS NULL) = (opening_side IS NULL))
);
CREATE INDEX parties_name ON parties.parties (tenant_id, lower(display_name), id);
CREATE INDEX parties_gstin ON parties.parties (tenant_id, gstin) WHERE gstin IS NOT NULL;
CREATE INDEX parties_emails ON parties.parties USING gin (emails);
CREATE INDEX parties_tags ON parties.parties USING gin (tags);
CREATE INDEX parties_search ON parties.parties USING gin (search_text gin_trgm_ops);
CREATE INDEX parties_created ON parties.parties (tenant_id, created_at DESC, id DESC);

-- Per-tenant settings: what happens when a sale would take a customer over the credit limit.
CREATE TABLE parties.settings (
  tenant_id uuid PRIMARY KEY,
  credit_limit_mode text NOT NULL DEFAULT 'warn' CHECK (credit_limit_mode IN ('warn', 'block')),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

GRANT SELECT, INSERT, UPDATE ON parties.parties TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON parties.settings TO kontor_app;
SELECT platform.protect_tenant_table('parties.parties');
SELECT platform.protect_tenant_table('parties.settings');
