-- The ledger: chart of accounts, journal entries and their lines, daily balance rollups.
-- Invariants the domain checks are backed here, so no code path can write books that do not balance.
CREATE SCHEMA ledger;
GRANT USAGE ON SCHEMA ledger TO kontor_app;

-- Per-tenant ledger settings: the lock date (nothing posts on or before it).
CREATE TABLE ledger.settings (
  tenant_id uuid PRIMARY KEY,
  lock_date date,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ledger.accounts (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  code text NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  type text NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'income', 'expense')),
  subtype text CHECK (subtype ~ '^[a-z_]{1,40}$'),
  parent_id uuid,
  is_group boolean NOT NULL DEFAULT false,
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  description text CHECK (length(description) <= 1000),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, parent_id) REFERENCES ledger.accounts (tenant_id, id),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX accounts_code_key ON ledger.accounts (tenant_id, lower(code));
CREATE INDEX accounts_parent ON ledger.accounts (tenant_id, parent_id);

CREATE TABLE ledger.journal_entries (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  entry_date date NOT NULL,
  memo text CHECK (length(memo) <= 1000),
  reference text CHECK (length(reference) <= 200),
  source_module text NOT NULL DEFAULT 'ledger' CHECK (source_module ~ '^[a-z][a-z0-9_.-]{0,39}$'),
  source_id text CHECK (length(source_id) BETWEEN 1 AND 200),
  source_revision integer NOT NULL DEFAULT 0 CHECK (source_revision >= 0),
  status text NOT NULL CHECK (status IN ('draft', 'posted')),
  base_currency char(3) NOT NULL,
  reverses_id uuid,
  posted_at timestamptz,
  created_by jsonb,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, reverses_id) REFERENCES ledger.journal_entries (tenant_id, id),
  CHECK ((status = 'posted') = (posted_at IS NOT NULL))
);
-- ledger.post is idempotent on (source module, source id, revision).
CREATE UNIQUE INDEX journal_entries_source_key
  ON ledger.journal_entries (tenant_id, source_module, source_id, source_revision) WHERE source_id IS NOT NULL;
-- An entry is reversed at most once.
CREATE UNIQUE INDEX journal_entries_reverses_key ON ledger.journal_entries (tenant_id, reverses_id) WHERE reverses_id IS NOT NULL;
CREATE INDEX journal_entries_date ON ledger.journal_entries (tenant_id, entry_date DESC, id DESC);

CREATE TABLE ledger.journal_lines (
  tenant_id uuid NOT NULL,
  entry_id uuid NOT NULL,
  line_no smallint NOT NULL CHECK (line_no >= 1),
  account_id uuid NOT NULL,
  entry_date date NOT NULL,
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  debit bigint NOT NULL DEFAULT 0 CHECK (debit >= 0),
  credit bigint NOT NULL DEFAULT 0 CHECK (credit >= 0),
  base_debit bigint NOT NULL DEFAULT 0 CHECK (base_debit >= 0),
  base_credit bigint NOT NULL DEFAULT 0 CHECK (base_credit >= 0),
  memo text CHECK (length(memo) <= 500),
  party_id uuid,
  store_id uuid,
  tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 20),
  PRIMARY KEY (tenant_id, entry_id, line_no),
  FOREIGN KEY (tenant_id, entry_id) REFERENCES ledger.journal_entries (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, account_id) REFERENCES ledger.accounts (tenant_id, id),
  -- a line is a debit or a credit, never both, never nothing
  CHECK ((debit > 0 AND credit = 0) OR (credit > 0 AND debit = 0)),
  CHECK (base_debit = 0 OR base_credit = 0),
  CHECK ((debit > 0 AND base_credit = 0) OR (credit > 0 AND base_debit = 0))
);
CREATE INDEX journal_lines_account ON ledger.journal_lines (tenant_id, account_id, entry_date, entry_id, line_no);
CREATE INDEX journal_lines_party ON ledger.journal_lines (tenant_id, party_id, entry_date) WHERE party_id IS NOT NULL;
CREATE INDEX journal_lines_store ON ledger.journal_lines (tenant_id, store_id, entry_date) WHERE store_id IS NOT NULL;
CREATE INDEX journal_lines_tags ON ledger.journal_lines USING gin (tags);

-- Per-account, per-day, per-currency totals of posted lines. Maintained by the posting trigger in
-- the posting transaction, so balances and the trial balance never scan lines.
CREATE TABLE ledger.daily_balances (
  tenant_id uuid NOT NULL,
  account_id uuid NOT NULL,
  day date NOT NULL,
  currency char(3) NOT NULL,
  debit bigint NOT NULL DEFAULT 0,
  credit bigint NOT NULL DEFAULT 0,
  base_debit bigint NOT NULL DEFAULT 0,
  base_credit bigint NOT NULL DEFAULT 0,
  line_count integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, account_id, day, currency)
);

-- Simple income / expense / transfer records (seed 001 /api/v1/transactions); each is backed by a journal entry.
CREATE TABLE ledger.transactions (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('income', 'expense', 'transfer')),
  txn_date date NOT NULL,
  amount bigint NOT NULL CHECK (amount > 0),
  currency char(3) NOT NULL,
  account_id uuid NOT NULL,
  counter_account_id uuid NOT NULL,
  description text CHECK (length(description) <= 500),
  reference text CHECK (length(reference) <= 200),
  party_id uuid,
  store_id uuid,
  tags text[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deleted')),
  entry_id uuid NOT NULL,
  revision integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES ledger.accounts (tenant_id, id),
  FOREIGN KEY (tenant_id, counter_account_id) REFERENCES ledger.accounts (tenant_id, id),
  FOREIGN KEY (tenant_id, entry_id) REFERENCES ledger.journal_entries (tenant_id, id),
  CHECK (account_id <> counter_account_id)
);
CREATE INDEX transactions_date ON ledger.transactions (tenant_id, txn_date DESC, id DESC);

-- Posted books are immutable: an entry may change only while it is a draft (including the one
-- change draft -> posted); a posted entry is never updated or deleted.
CREATE FUNCTION ledger.guard_entry() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'posted' THEN
      RAISE EXCEPTION 'posted journal entry % is immutable', OLD.id USING ERRCODE = 'P0001', HINT = 'LEDGER.ENTRY_POSTED';
    END IF;
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = 'posted' THEN
    RAISE EXCEPTION 'posted journal entry % is immutable', OLD.id USING ERRCODE = 'P0001', HINT = 'LEDGER.ENTRY_POSTED';
  END IF;
  IF NEW.status = 'posted' THEN
    IF EXISTS (SELECT 1 FROM ledger.settings s WHERE s.tenant_id = NEW.tenant_id AND s.lock_date IS NOT NULL AND NEW.entry_date <= s.lock_date) THEN
      RAISE EXCEPTION 'entry date % is in a locked period', NEW.entry_date USING ERRCODE = 'P0001', HINT = 'LEDGER.PERIOD_LOCKED';
    END IF;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER journal_entries_guard BEFORE INSERT OR UPDATE OR DELETE ON ledger.journal_entries
  FOR EACH ROW EXECUTE FUNCTION ledger.guard_entry();

CREATE FUNCTION ledger.guard_line() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  entry_status text;
BEGIN
  SELECT e.status INTO entry_status FROM ledger.journal_entries e
   WHERE e.tenant_id = COALESCE(NEW.tenant_id, OLD.tenant_id) AND e.id = COALESCE(NEW.entry_id, OLD.entry_id);
  IF entry_status = 'posted' THEN
    RAISE EXCEPTION 'lines of posted journal entry % are immutable', COALESCE(NEW.entry_id, OLD.entry_id)
      USING ERRCODE = 'P0001', HINT = 'LEDGER.ENTRY_POSTED';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER journal_lines_guard BEFORE INSERT OR UPDATE OR DELETE ON ledger.journal_lines
  FOR EACH ROW EXECUTE FUNCTION ledger.guard_line();

-- On posting: fold the entry's lines into the daily rollups (rows locked in account order, so
-- concurrent postings to the same accounts queue instead of deadlocking).
CREATE FUNCTION ledger.roll_up_entry() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'posted' AND (TG_OP = 'INSERT' OR OLD.status <> 'posted') THEN
    INSERT INTO ledger.daily_balances AS b (tenant_id, account_id, day, currency, debit, credit, base_debit, base_credit, line_count)
    SELECT l.tenant_id, l.account_id, NEW.entry_date, l.currency, sum(l.debit), sum(l.credit), sum(l.base_debit), sum(l.base_credit), count(*)
      FROM ledger.journal_lines l
     WHERE l.tenant_id = NEW.tenant_id AND l.entry_id = NEW.id
     GROUP BY l.tenant_id, l.account_id, l.currency
     ORDER BY l.account_id, l.currency
    ON CONFLICT (tenant_id, account_id, day, currency) DO UPDATE
      SET debit = b.debit + excluded.debit,
          credit = b.credit + excluded.credit,
          base_debit = b.base_debit + excluded.base_debit,
          base_credit = b.base_credit + excluded.base_credit,
          line_count = b.line_count + excluded.line_count;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER journal_entries_roll_up AFTER INSERT OR UPDATE ON ledger.journal_entries
  FOR EACH ROW EXECUTE FUNCTION ledger.roll_up_entry();

-- At commit, every posted entry must have two or more lines, balance in each currency and in the
-- base currency, and touch only active, non-group accounts of its tenant.
CREATE FUNCTION ledger.check_entry_balanced() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
  bad_currency text;
  base_diff numeric;
  bad_account uuid;
BEGIN
  IF NEW.status <> 'posted' THEN RETURN NULL; END IF;
  SELECT count(*) INTO n FROM ledger.journal_lines l WHERE l.tenant_id = NEW.tenant_id AND l.entry_id = NEW.id;
  IF n < 2 THEN
    RAISE EXCEPTION 'journal entry % has % line(s); at least two are needed', NEW.id, n USING ERRCODE = 'P0001', HINT = 'LEDGER.TOO_FEW_LINES';
  END IF;
  SELECT l.currency INTO bad_currency FROM ledger.journal_lines l
   WHERE l.tenant_id = NEW.tenant_id AND l.entry_id = NEW.id
   GROUP BY l.currency HAVING sum(l.debit) <> sum(l.credit) LIMIT 1;
  IF bad_currency IS NOT NULL THEN
    RAISE EXCEPTION 'journal entry % does not balance in %', NEW.id, bad_currency USING ERRCODE = 'P0001', HINT = 'LEDGER.UNBALANCED_ENTRY';
  END IF;
  SELECT sum(l.base_debit) - sum(l.base_credit) INTO base_diff FROM ledger.journal_lines l
   WHERE l.tenant_id = NEW.tenant_id AND l.entry_id = NEW.id;
  IF base_diff <> 0 THEN
    RAISE EXCEPTION 'journal entry % does not balance in the base currency', NEW.id USING ERRCODE = 'P0001', HINT = 'LEDGER.UNBALANCED_ENTRY';
  END IF;
  SELECT l.account_id INTO bad_account FROM ledger.journal_lines l
    JOIN ledger.accounts a ON a.tenant_id = l.tenant_id AND a.id = l.account_id
   WHERE l.tenant_id = NEW.tenant_id AND l.entry_id = NEW.id AND (a.status <> 'active' OR a.is_group)
   LIMIT 1;
  IF bad_account IS NOT NULL THEN
    RAISE EXCEPTION 'account % is archived or a group', bad_account USING ERRCODE = 'P0001', HINT = 'LEDGER.ACCOUNT_NOT_POSTABLE';
  END IF;
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER journal_entries_balanced AFTER INSERT OR UPDATE ON ledger.journal_entries
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION ledger.check_entry_balanced();

-- Rollups and lines of other tenants are invisible and unwritable.
ALTER TABLE ledger.settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE ledger.accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE ledger.journal_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE ledger.journal_lines ENABLE ROW LEVEL SECURITY;
ALTER TABLE ledger.daily_balances ENABLE ROW LEVEL SECURITY;
ALTER TABLE ledger.transactions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ledger.settings USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
CREATE POLICY tenant_isolation ON ledger.accounts USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
CREATE POLICY tenant_isolation ON ledger.journal_entries USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
CREATE POLICY tenant_isolation ON ledger.journal_lines USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
CREATE POLICY tenant_isolation ON ledger.daily_balances USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());
CREATE POLICY tenant_isolation ON ledger.transactions USING (tenant_id = platform.current_tenant()) WITH CHECK (tenant_id = platform.current_tenant());

GRANT SELECT, INSERT, UPDATE ON ledger.settings TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON ledger.accounts TO kontor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ledger.journal_entries TO kontor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ledger.journal_lines TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON ledger.daily_balances TO kontor_app;
GRANT SELECT, INSERT, UPDATE ON ledger.transactions TO kontor_app;
