-- Posting without per-line work: an entry can be written already posted, together with its lines,
-- in ONE statement, and the two foreign keys of journal_lines are replaced by set-based checks
-- that run once per statement.
--
-- Until now a posting wrote a draft, then its lines (two foreign-key checks per line, each a
-- row-level trigger that looks up and share-locks the entry and the account), then rewrote the
-- entry as posted. Under concurrent postings to the same accounts the account share-locks turned
-- into multixacts; in a bulk import the foreign-key checks were most of the time spent on lines.
--
-- What a journal line must satisfy, and where it is now checked:
--
--   * its entry exists, in the line's tenant            -> journal_lines_guard_insert (per statement)
--   * its account exists, in the line's tenant          -> journal_lines_guard_insert (per statement)
--   * it is not added to an entry posted before         -> journal_lines_guard_insert (per statement)
--   * it does not change or go while its entry is posted -> journal_lines_guard (per row, as before)
--   * it keeps its entry and tenant                     -> journal_lines_guard (per row, updates only)
--   * a deleted (draft) entry takes its lines with it    -> journal_entries_delete_lines (per statement)
--   * an entry or account keeps its id while lines point at it -> *_keep_key (per row, only when
--     the id or tenant is assigned at all)
--   * an account with lines is not deleted, nor are entries/accounts truncated under their lines
--
-- "Not added to an entry posted before": a posted entry records how many lines it has
-- (line_count), and its lines are exactly line_no 1..line_count, checked by ledger.post_entries
-- when it becomes posted, before that statement ends. A line added later repeats a line_no (the
-- primary key refuses it) or has a higher one (the insert guard refuses it). An entry written
-- posted together with its lines in one statement
-- (`WITH e AS (INSERT INTO journal_entries … 'posted') INSERT INTO journal_lines …`) passes, and
-- ledger.post_entries, which runs at the end of the same statement, checks and rolls up all of its
-- lines (after-triggers fire only when the whole statement, CTEs included, is done).
--
-- Concurrency. A line inserted into a DRAFT entry share-locks that entry (FOR SHARE; the foreign
-- key took FOR KEY SHARE), so a concurrent delete of the draft waits for the line's transaction
-- and then deletes its lines too, and a concurrent posting of the draft waits too and then checks
-- the new line with the others; if the delete or the posting came first, the lock finds no draft
-- and the insert is refused. A posted entry cannot be deleted, so lines of entries posted by the
-- same statement need no lock (nobody else can see those entries yet anyway). Deletes of entries and accounts read
-- other transactions' committed lines, which READ COMMITTED gives them; under a stricter isolation
-- level they are refused rather than risk leaving a line behind.
--
-- Errors keep the foreign key's SQLSTATE (23503, foreign_key_violation).

ALTER TABLE ledger.journal_lines DROP CONSTRAINT journal_lines_tenant_id_entry_id_fkey;
ALTER TABLE ledger.journal_lines DROP CONSTRAINT journal_lines_tenant_id_account_id_fkey;

-- How many lines a posted entry has: its lines are exactly line_no 1..line_count (ledger.post_entries
-- checks that when the entry becomes posted). A writer that inserts an entry already posted, with
-- its lines in the same statement, declares it; when a draft becomes posted by an UPDATE it is
-- counted (journal_entries_count_lines). Entries posted before this migration have none.
ALTER TABLE ledger.journal_entries ADD COLUMN line_count integer CHECK (line_count >= 0);

CREATE FUNCTION ledger.count_lines() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT count(*) INTO NEW.line_count FROM ledger.journal_lines l WHERE l.tenant_id = NEW.tenant_id AND l.entry_id = NEW.id;
  RETURN NEW;
END
$$;
CREATE TRIGGER journal_entries_count_lines BEFORE UPDATE ON ledger.journal_entries
  FOR EACH ROW WHEN (OLD.status = 'draft' AND NEW.status = 'posted' AND NEW.line_count IS NULL)
  EXECUTE FUNCTION ledger.count_lines();

-- Inserted lines, once per statement. "Not added to an entry posted before": a posted entry's lines
-- are line_no 1..line_count, so a later line either repeats a line_no (the primary key refuses it)
-- or has a higher one, refused here; so is any line for a posted entry without a line_count.
-- Lines written in the same statement as their entry becomes posted pass, and post_entries, at the
-- end of that statement, checks that the entry has exactly line_count of them.
CREATE OR REPLACE FUNCTION ledger.guard_inserted_lines() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  bad record;
  bad_account uuid;
  locked integer;
BEGIN
  -- Accounts: few distinct ones per statement, each looked up by primary key (LATERAL … LIMIT 1
  -- keeps it a probe per account, never a scan of the table, whatever the planner estimates).
  SELECT n.account_id INTO bad_account
    FROM (SELECT DISTINCT tenant_id, account_id FROM inserted_lines) n
    LEFT JOIN LATERAL (SELECT a.id FROM ledger.accounts a WHERE a.tenant_id = n.tenant_id AND a.id = n.account_id LIMIT 1) a ON true
   WHERE a.id IS NULL
   LIMIT 1;
  IF bad_account IS NOT NULL THEN
    RAISE EXCEPTION 'journal line refers to account %, which does not exist in its tenant', bad_account
      USING ERRCODE = '23503', HINT = 'LEDGER.ACCOUNT_NOT_FOUND';
  END IF;

  -- Entries: each exists; a posted one takes no line past its line_count. Counts the drafts too.
  WITH n AS (
    SELECT tenant_id, entry_id, max(line_no) AS top FROM inserted_lines GROUP BY tenant_id, entry_id
  )
  SELECT count(*) FILTER (WHERE e.status = 'draft') AS drafts,
         min(n.entry_id::text) FILTER (WHERE e.id IS NULL) AS missing,
         min(n.entry_id::text) FILTER (WHERE e.status = 'posted' AND (e.line_count IS NULL OR n.top > e.line_count)) AS posted
    INTO bad
    FROM n
    LEFT JOIN LATERAL (SELECT e.id, e.status, e.line_count FROM ledger.journal_entries e
                        WHERE e.tenant_id = n.tenant_id AND e.id = n.entry_id LIMIT 1) e ON true;
  IF bad.missing IS NOT NULL THEN
    RAISE EXCEPTION 'journal line refers to entry %, which does not exist in its tenant', bad.missing
      USING ERRCODE = '23503', HINT = 'LEDGER.ENTRY_NOT_FOUND';
  END IF;
  IF bad.posted IS NOT NULL THEN
    RAISE EXCEPTION 'lines of posted journal entry % are immutable', bad.posted USING ERRCODE = 'P0001', HINT = 'LEDGER.ENTRY_POSTED';
  END IF;

  -- Drafts stay drafts until this transaction ends (see "Concurrency" above); a draft deleted or
  -- posted meanwhile is not found by the lock.
  IF bad.drafts > 0 THEN
    SELECT count(*) INTO locked
      FROM (SELECT DISTINCT tenant_id, entry_id FROM inserted_lines) n
      CROSS JOIN LATERAL (SELECT 1 FROM ledger.journal_entries e
                           WHERE e.tenant_id = n.tenant_id AND e.id = n.entry_id AND e.status = 'draft'
                             FOR SHARE) x;
    IF locked <> bad.drafts THEN
      RAISE EXCEPTION 'a journal entry these lines belong to was deleted or posted meanwhile'
        USING ERRCODE = '23503', HINT = 'LEDGER.ENTRY_NOT_FOUND';
    END IF;
  END IF;
  RETURN NULL;
END
$$;

-- Updated and deleted lines, row by row (rare: the services replace a draft's lines by deleting
-- and inserting them). A line of a posted entry never changes or goes; a line never moves to
-- another entry or tenant; a changed account must exist.
CREATE OR REPLACE FUNCTION ledger.guard_line() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM ledger.journal_entries e
              WHERE e.tenant_id = OLD.tenant_id AND e.id = OLD.entry_id AND e.status = 'posted') THEN
    RAISE EXCEPTION 'lines of posted journal entry % are immutable', OLD.entry_id
      USING ERRCODE = 'P0001', HINT = 'LEDGER.ENTRY_POSTED';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  IF NEW.tenant_id IS DISTINCT FROM OLD.tenant_id OR NEW.entry_id IS DISTINCT FROM OLD.entry_id THEN
    RAISE EXCEPTION 'a journal line stays on its entry (%)', OLD.entry_id USING ERRCODE = '23503', HINT = 'LEDGER.ENTRY_NOT_FOUND';
  END IF;
  IF NEW.account_id IS DISTINCT FROM OLD.account_id
     AND NOT EXISTS (SELECT 1 FROM ledger.accounts a WHERE a.tenant_id = NEW.tenant_id AND a.id = NEW.account_id) THEN
    RAISE EXCEPTION 'journal line refers to account %, which does not exist in its tenant', NEW.account_id
      USING ERRCODE = '23503', HINT = 'LEDGER.ACCOUNT_NOT_FOUND';
  END IF;
  RETURN NEW;
END
$$;

-- What ON DELETE CASCADE did: a deleted entry (only drafts can be) takes its lines along.
CREATE FUNCTION ledger.delete_entry_lines() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'journal entries are deleted in READ COMMITTED transactions only' USING ERRCODE = '25001';
  END IF;
  DELETE FROM ledger.journal_lines l USING old_entries o WHERE l.tenant_id = o.tenant_id AND l.entry_id = o.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER journal_entries_delete_lines AFTER DELETE ON ledger.journal_entries
  REFERENCING OLD TABLE AS old_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ledger.delete_entry_lines();

-- Ids stay: only fires when an UPDATE assigns tenant_id or id at all (the services never do).
CREATE FUNCTION ledger.keep_key() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.tenant_id IS DISTINCT FROM OLD.tenant_id OR NEW.id IS DISTINCT FROM OLD.id THEN
    RAISE EXCEPTION '% % keeps its id and tenant', TG_TABLE_NAME, OLD.id USING ERRCODE = '23503';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER journal_entries_keep_key BEFORE UPDATE OF tenant_id, id ON ledger.journal_entries
  FOR EACH ROW EXECUTE FUNCTION ledger.keep_key();
CREATE TRIGGER accounts_keep_key BEFORE UPDATE OF tenant_id, id ON ledger.accounts
  FOR EACH ROW EXECUTE FUNCTION ledger.keep_key();

-- Accounts are archived, not deleted (the app role cannot delete them at all); an account that
-- has lines is never deleted. The share lock waits for every transaction writing lines, so the
-- check below also sees lines committed a moment ago.
CREATE FUNCTION ledger.guard_account_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'accounts are deleted in READ COMMITTED transactions only' USING ERRCODE = '25001';
  END IF;
  LOCK TABLE ledger.journal_lines IN SHARE MODE;
  IF EXISTS (SELECT 1 FROM ledger.journal_lines l WHERE l.tenant_id = OLD.tenant_id AND l.account_id = OLD.id) THEN
    RAISE EXCEPTION 'account % has journal lines; archive it instead', OLD.id USING ERRCODE = '23503', HINT = 'LEDGER.ACCOUNT_IN_USE';
  END IF;
  RETURN OLD;
END
$$;
CREATE TRIGGER accounts_guard_delete BEFORE DELETE ON ledger.accounts
  FOR EACH ROW EXECUTE FUNCTION ledger.guard_account_delete();

-- TRUNCATE of entries or accounts leaves no line behind (truncating the lines in the same
-- command is fine: these run after every table of the command is truncated).
CREATE FUNCTION ledger.guard_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM ledger.journal_lines) THEN
    RAISE EXCEPTION 'cannot truncate % while journal lines refer to it', TG_TABLE_NAME USING ERRCODE = '23503';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER journal_entries_guard_truncate AFTER TRUNCATE ON ledger.journal_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ledger.guard_truncate();
CREATE TRIGGER accounts_guard_truncate AFTER TRUNCATE ON ledger.accounts
  FOR EACH STATEMENT EXECUTE FUNCTION ledger.guard_truncate();

-- The posting checks and the rollups (replacing 0005's function): the lines of all newly posted
-- entries are read ONCE, checked, and folded into the rollups by one upsert that runs only when
-- every check passed (it takes its row locks in key order). The same refusals with the same HINTs
-- as before, in the same order (lock date; then per entry: too few lines, a currency that does
-- not balance, the base currency; then an archived, group or unknown account), plus: a posted
-- entry's lines are numbered exactly 1..line_count and carry the entry's date.
CREATE OR REPLACE FUNCTION ledger.post_entries() RETURNS trigger
LANGUAGE plpgsql SET work_mem = '64MB' AS $$
DECLARE
  bad_id uuid;
  bad record;
BEGIN
  -- Posted books are immutable: an UPDATE may touch drafts only (including draft -> posted).
  IF TG_OP = 'UPDATE' THEN
    SELECT o.id INTO bad_id FROM old_entries o WHERE o.status = 'posted' LIMIT 1;
    IF bad_id IS NOT NULL THEN
      RAISE EXCEPTION 'posted journal entry % is immutable', bad_id USING ERRCODE = 'P0001', HINT = 'LEDGER.ENTRY_POSTED';
    END IF;
  END IF;
  -- Since no old row was posted, every posted row here has just become posted.
  WITH posted AS MATERIALIZED (
    SELECT n.tenant_id, n.id, n.entry_date, n.line_count FROM new_entries n WHERE n.status = 'posted'
  ), locked AS MATERIALIZED (
    -- per tenant (one, in practice): the earliest date posted, against that tenant's lock date
    SELECT min(p.first) AS entry_date
      FROM (SELECT tenant_id, min(entry_date) AS first FROM posted GROUP BY tenant_id) p
      JOIN ledger.settings s ON s.tenant_id = p.tenant_id
     WHERE p.first <= s.lock_date
  ), lines AS MATERIALIZED (
    -- each posted entry's lines by primary key (a range probe per entry, never a scan)
    SELECT l.tenant_id, l.entry_id, l.line_no, l.account_id, l.currency, l.debit, l.credit, l.base_debit, l.base_credit,
           p.entry_date AS day, l.entry_date <> p.entry_date AS other_date
      FROM posted p
      CROSS JOIN LATERAL (SELECT * FROM ledger.journal_lines x WHERE x.tenant_id = p.tenant_id AND x.entry_id = p.id OFFSET 0) l
  ), per_currency AS (
    SELECT tenant_id, entry_id, currency, count(*) AS n, max(line_no) AS top,
           sum(debit) - sum(credit) AS diff, sum(base_debit) - sum(base_credit) AS base_diff, bool_or(other_date) AS other_date
      FROM lines
     GROUP BY tenant_id, entry_id, currency
  ), per_entry AS (
    SELECT p.id, p.entry_date, coalesce(sum(c.n), 0) AS n, max(c.top) AS top, p.line_count,
           min(c.currency) FILTER (WHERE c.diff <> 0) AS bad_currency,
           coalesce(sum(c.base_diff), 0) AS base_diff,
           coalesce(bool_or(c.other_date), false) AS other_date
      FROM posted p
      LEFT JOIN per_currency c ON c.tenant_id = p.tenant_id AND c.entry_id = p.id
     GROUP BY p.tenant_id, p.id, p.entry_date, p.line_count
  ), bad_entry AS MATERIALIZED (
    SELECT e.* FROM per_entry e
     WHERE e.n < 2 OR e.bad_currency IS NOT NULL OR e.base_diff <> 0
        OR e.other_date OR e.top <> e.n OR (e.line_count IS NOT NULL AND e.line_count <> e.n)
     ORDER BY e.n < 2 DESC, e.bad_currency IS NOT NULL DESC, e.base_diff <> 0 DESC, e.id
     LIMIT 1
  ), bad_account AS MATERIALIZED (
    -- the few distinct accounts, looked up once each
    SELECT min(d.account_id::text) AS id
      FROM (SELECT DISTINCT tenant_id, account_id FROM lines) d
      LEFT JOIN LATERAL (SELECT a.id, a.status, a.is_group FROM ledger.accounts a
                          WHERE a.tenant_id = d.tenant_id AND a.id = d.account_id LIMIT 1) a ON true
     WHERE a.id IS NULL OR a.status <> 'active' OR a.is_group
  ), verdict AS MATERIALIZED (
    SELECT (SELECT entry_date FROM locked) AS locked_date, (SELECT id FROM bad_account) AS bad_account, e.*
      FROM (SELECT 1) one LEFT JOIN bad_entry e ON true
  ), rolled AS (
    INSERT INTO ledger.daily_balances AS b (tenant_id, account_id, day, currency, debit, credit, base_debit, base_credit, line_count)
    SELECT tenant_id, account_id, day, currency, sum(debit), sum(credit), sum(base_debit), sum(base_credit), count(*)
      FROM lines
     WHERE (SELECT v.locked_date IS NULL AND v.bad_account IS NULL AND v.id IS NULL FROM verdict v)
     GROUP BY tenant_id, account_id, day, currency
     ORDER BY tenant_id, account_id, day, currency
    ON CONFLICT (tenant_id, account_id, day, currency) DO UPDATE
      SET debit = b.debit + excluded.debit,
          credit = b.credit + excluded.credit,
          base_debit = b.base_debit + excluded.base_debit,
          base_credit = b.base_credit + excluded.base_credit,
          line_count = b.line_count + excluded.line_count
  )
  SELECT * INTO bad FROM verdict;
  IF bad.locked_date IS NOT NULL THEN
    RAISE EXCEPTION 'entry date % is in a locked period', bad.locked_date USING ERRCODE = 'P0001', HINT = 'LEDGER.PERIOD_LOCKED';
  ELSIF bad.id IS NOT NULL AND (bad.n < 2 OR bad.bad_currency IS NOT NULL OR bad.base_diff <> 0) THEN
    IF bad.n < 2 THEN
      RAISE EXCEPTION 'journal entry % has % line(s); at least two are needed', bad.id, bad.n USING ERRCODE = 'P0001', HINT = 'LEDGER.TOO_FEW_LINES';
    ELSIF bad.bad_currency IS NOT NULL THEN
      RAISE EXCEPTION 'journal entry % does not balance in %', bad.id, bad.bad_currency USING ERRCODE = 'P0001', HINT = 'LEDGER.UNBALANCED_ENTRY';
    ELSE
      RAISE EXCEPTION 'journal entry % does not balance in the base currency', bad.id USING ERRCODE = 'P0001', HINT = 'LEDGER.UNBALANCED_ENTRY';
    END IF;
  ELSIF bad.bad_account IS NOT NULL THEN
    RAISE EXCEPTION 'account % is archived or a group', bad.bad_account USING ERRCODE = 'P0001', HINT = 'LEDGER.ACCOUNT_NOT_POSTABLE';
  ELSIF bad.id IS NOT NULL AND bad.other_date THEN
    RAISE EXCEPTION 'a line of journal entry % is not dated %', bad.id, bad.entry_date USING ERRCODE = 'P0001', HINT = 'LEDGER.INVALID_LINE';
  ELSIF bad.id IS NOT NULL THEN
    RAISE EXCEPTION 'journal entry % has % line(s) numbered up to %, declared %', bad.id, bad.n, bad.top, coalesce(bad.line_count::text, 'none')
      USING ERRCODE = 'P0001', HINT = 'LEDGER.INVALID_LINE';
  END IF;
  RETURN NULL;
END
$$;
