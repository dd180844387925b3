-- The HSN/SAC master (global: the same published schedule for every tenant) with GST rates by
-- effective date; tenant additions and overrides; VAT/sales-tax rates, groups and exemptions;
-- TDS/TCS deductions. The master's rows come from src/modules/tax/hsn-data/*.csv (0003_hsn_seed.sql).
CREATE TABLE tax.hsn_codes (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{2,8}$'),
  kind text NOT NULL CHECK (kind IN ('chapter', 'goods', 'services')),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', description)) STORED
);
CREATE INDEX hsn_codes_search_idx ON tax.hsn_codes USING gin (search);

CREATE TABLE tax.hsn_rates (
  code text NOT NULL REFERENCES tax.hsn_codes (code),
  effective_from date NOT NULL,
  gst_rate numeric(7, 4) NOT NULL CHECK (gst_rate >= 0 AND gst_rate <= 100),
  cess_rate numeric(7, 4) CHECK (cess_rate >= 0 AND cess_rate <= 400),
  cess_note text,
  PRIMARY KEY (code, effective_from)
);
GRANT SELECT ON tax.hsn_codes, tax.hsn_rates TO kontor_app;

-- A tenant's own codes, or its rate for a published code, in force from `effective_from`.
CREATE TABLE tax.tenant_hsn_codes (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  code text NOT NULL CHECK (code ~ '^[0-9]{2,8}$'),
  kind text NOT NULL CHECK (kind IN ('goods', 'services')),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
  gst_rate numeric(7, 4) NOT NULL CHECK (gst_rate >= 0 AND gst_rate <= 100),
  cess_rate numeric(7, 4) CHECK (cess_rate >= 0 AND cess_rate <= 400),
  effective_from date NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON tax.tenant_hsn_codes TO kontor_app;
SELECT platform.protect_tenant_table('tax.tenant_hsn_codes');

-- One tax: VAT 19%, a US state or district sales tax, a Mexican retention.
CREATE TABLE tax.rates (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  code text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9_.-]{0,39}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  percent numeric(9, 4) NOT NULL CHECK (percent >= 0 AND percent <= 100),
  kind text NOT NULL CHECK (kind IN ('tax', 'retention')),
  compound boolean NOT NULL DEFAULT false,
  inclusive boolean NOT NULL DEFAULT false,
  jurisdiction text NOT NULL CHECK (jurisdiction ~ '^[A-Z]{2}(-[A-Z0-9]{1,10}){0,2}$'),
  archived boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  CHECK (NOT (compound AND kind = 'retention'))
);
GRANT SELECT, INSERT, UPDATE, DELETE ON tax.rates TO kontor_app;
SELECT platform.protect_tenant_table('tax.rates');

-- Rates applied together, in order (compound rates tax the price plus the earlier taxes).
CREATE TABLE tax.groups (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  code text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9_.-]{0,39}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON tax.groups TO kontor_app;
SELECT platform.protect_tenant_table('tax.groups');

CREATE TABLE tax.group_components (
  tenant_id uuid NOT NULL,
  group_id uuid NOT NULL,
  position integer NOT NULL CHECK (position >= 0),
  rate_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, group_id, position),
  UNIQUE (tenant_id, group_id, rate_id),
  FOREIGN KEY (tenant_id, group_id) REFERENCES tax.groups (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, rate_id) REFERENCES tax.rates (tenant_id, id)
);
CREATE INDEX group_components_rate_idx ON tax.group_components (tenant_id, rate_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON tax.group_components TO kontor_app;
SELECT platform.protect_tenant_table('tax.group_components');

-- A party or a category whose supplies carry no tax (certificate, resale, exempt goods).
CREATE TABLE tax.exemptions (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  party_id uuid,
  category text CHECK (category ~ '^[a-z0-9][a-z0-9_.-]{0,59}$'),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  certificate text CHECK (length(certificate) <= 200),
  valid_from date NOT NULL,
  valid_to date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CHECK (party_id IS NOT NULL OR category IS NOT NULL),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON tax.exemptions TO kontor_app;
SELECT platform.protect_tenant_table('tax.exemptions');

-- Tax deducted or collected at source, to be deposited by `due_date`.
CREATE TABLE tax.tds_deductions (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  party_id uuid NOT NULL,
  section text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('tds', 'tcs')),
  amount numeric(18, 2) NOT NULL CHECK (amount >= 0),
  base numeric(18, 2) NOT NULL CHECK (base >= 0),
  percent numeric(7, 4) NOT NULL,
  deduction numeric(18, 2) NOT NULL CHECK (deduction >= 0),
  deducted_on date NOT NULL,
  due_date date NOT NULL,
  financial_year text NOT NULL,
  reference text,
  notified_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX tds_deductions_party_idx ON tax.tds_deductions (tenant_id, party_id, section, financial_year);
CREATE INDEX tds_deductions_due_idx ON tax.tds_deductions (due_date) WHERE notified_at IS NULL;
GRANT SELECT, INSERT, UPDATE, DELETE ON tax.tds_deductions TO kontor_app;
SELECT platform.protect_tenant_table('tax.tds_deductions');
