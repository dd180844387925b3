-- Posting checked and rolled up once per statement instead of once per entry.
--
-- Until now every entry that became posted ran three row-level triggers: guard_entry (immutability
-- and lock date, one query), roll_up_entry (one grouped upsert into the daily rollups) and, at
-- commit, the deferred constraint trigger check_entry_balanced (four queries). A bulk import of
-- 20,000 entries asked the database well over 100,000 questions. Here the same rules are asked once
-- per statement, over the statement's transition tables: a few set-based queries however many
-- entries one INSERT or UPDATE posts.
--
-- Why an immediate check at the end of the posting statement is equivalent to the deferred check at
-- commit: the deferred check read an entry's lines at commit; this one reads them when the entry
-- becomes posted. The two can differ only if the lines change in between, and they cannot:
--   * a line cannot be inserted into a posted entry (journal_lines_guard_insert, 0004), nor updated
--     or deleted (journal_lines_guard), nor removed by cascade (a posted entry cannot be deleted);
--   * lines cannot exist before their entry (the foreign key is checked at the end of each
--     statement), so an entry INSERTed already posted has no lines and is refused here
--     (LEDGER.TOO_FEW_LINES), exactly as it was refused at commit before; no code path does that:
--     repo.ts, import-sql.ts and every service write a draft, its lines, then mark it posted.
-- So the lines an entry has when it becomes posted are the lines it has at commit. The one check
-- that reads something else is "accounts active and not groups": it now holds when the entry is
-- posted (as the domain checks it) rather than at commit; an account archived later in the same
-- transaction was never a different case from one archived in a later transaction.
--
-- Errors are the same exceptions with the same HINTs (LEDGER.ENTRY_POSTED, LEDGER.PERIOD_LOCKED,
-- LEDGER.TOO_FEW_LINES, LEDGER.UNBALANCED_ENTRY, LEDGER.ACCOUNT_NOT_POSTABLE), now raised by the
-- posting statement rather than by COMMIT. Where several entries of one statement are wrong, the
-- error names one of them (too few lines first, then a currency that does not balance, then the
-- base currency, then an account), and the whole statement is refused: the group commit then
-- writes its entries again one by one, so only the bad one fails.
--
-- The rollups of all entries a statement posts are folded in with ONE grouped upsert whose rows are
-- locked in (tenant, account, day, currency) order, and a bulk import or a group commit posts all
-- its entries with one statement: concurrent postings to the same accounts queue, never deadlock.

DROP TRIGGER journal_entries_guard ON ledger.journal_entries;
DROP TRIGGER journal_entries_roll_up ON ledger.journal_entries;
DROP TRIGGER journal_entries_balanced ON ledger.journal_entries;
DROP FUNCTION ledger.roll_up_entry();
DROP FUNCTION ledger.check_entry_balanced();

-- Deletes stay checked row by row (only drafts are deleted, one at a time).
CREATE TRIGGER journal_entries_guard_delete BEFORE DELETE ON ledger.journal_entries
  FOR EACH ROW EXECUTE FUNCTION ledger.guard_entry();

-- For INSERT and UPDATE statements: `new_entries` holds the rows as written, `old_entries` (UPDATE
-- only) the rows as they were.
-- work_mem: a large import's aggregates over its lines stay in memory instead of spilling to disk.
CREATE FUNCTION ledger.post_entries() RETURNS trigger
LANGUAGE plpgsql SET work_mem = '64MB' AS $$
DECLARE
  bad_id uuid;
  bad_date date;
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
  IF NOT EXISTS (SELECT 1 FROM new_entries n WHERE n.status = 'posted') THEN
    RETURN NULL;
  END IF;

  SELECT n.entry_date INTO bad_date
    FROM new_entries n JOIN ledger.settings s ON s.tenant_id = n.tenant_id
   WHERE n.status = 'posted' AND s.lock_date IS NOT NULL AND n.entry_date <= s.lock_date
   LIMIT 1;
  IF bad_date IS NOT NULL THEN
    RAISE EXCEPTION 'entry date % is in a locked period', bad_date USING ERRCODE = 'P0001', HINT = 'LEDGER.PERIOD_LOCKED';
  END IF;

  -- One pass over the lines of all newly posted entries: per entry, its line count, the first
  -- currency that does not balance, the base-currency difference and the first unpostable account.
  WITH posted AS (
    SELECT n.tenant_id, n.id FROM new_entries n WHERE n.status = 'posted'
  ), per_currency AS (
    SELECT l.tenant_id, l.entry_id, l.currency, count(*) AS n,
           sum(l.debit) - sum(l.credit) AS diff,
           sum(l.base_debit) - sum(l.base_credit) AS base_diff,
           min(l.account_id::text) FILTER (WHERE a.id IS NULL OR a.status <> 'active' OR a.is_group) AS bad_account
      FROM posted p
      JOIN ledger.journal_lines l ON l.tenant_id = p.tenant_id AND l.entry_id = p.id
      LEFT JOIN ledger.accounts a ON a.tenant_id = l.tenant_id AND a.id = l.account_id
     GROUP BY l.tenant_id, l.entry_id, l.currency
  ), per_entry AS (
    SELECT p.id, coalesce(sum(c.n), 0) AS n,
           min(c.currency) FILTER (WHERE c.diff <> 0) AS bad_currency,
           coalesce(sum(c.base_diff), 0) AS base_diff,
           min(c.bad_account) AS bad_account
      FROM posted p
      LEFT JOIN per_currency c ON c.tenant_id = p.tenant_id AND c.entry_id = p.id
     GROUP BY p.tenant_id, p.id
  )
  SELECT e.* INTO bad FROM per_entry e
   WHERE e.n < 2 OR e.bad_currency IS NOT NULL OR e.base_diff <> 0 OR e.bad_account IS NOT NULL
   ORDER BY e.n < 2 DESC, e.bad_currency IS NOT NULL DESC, e.base_diff <> 0 DESC, e.id
   LIMIT 1;
  IF FOUND THEN
    IF bad.n < 2 THEN
      RAISE EXCEPTION 'journal entry % has % line(s); at least two are needed', bad.id, bad.n USING ERRCODE = 'P0001', HINT = 'LEDGER.TOO_FEW_LINES';
    ELSIF bad.bad_currency IS NOT NULL THEN
      RAISE EXCEPTION 'journal entry % does not balance in %', bad.id, bad.bad_currency USING ERRCODE = 'P0001', HINT = 'LEDGER.UNBALANCED_ENTRY';
    ELSIF bad.base_diff <> 0 THEN
      RAISE EXCEPTION 'journal entry % does not balance in the base currency', bad.id USING ERRCODE = 'P0001', HINT = 'LEDGER.UNBALANCED_ENTRY';
    ELSE
      RAISE EXCEPTION 'account % is archived or a group', bad.bad_account USING ERRCODE = 'P0001', HINT = 'LEDGER.ACCOUNT_NOT_POSTABLE';
    END IF;
  END IF;

  -- Fold every newly posted line into the daily rollups: one upsert, rows locked in key order.
  INSERT INTO ledger.daily_balances AS b (tenant_id, account_id, day, currency, debit, credit, base_debit, base_credit, line_count)
  SELECT l.tenant_id, l.account_id, n.entry_date, l.currency, sum(l.debit), sum(l.credit), sum(l.base_debit), sum(l.base_credit), count(*)
    FROM new_entries n
    JOIN ledger.journal_lines l ON l.tenant_id = n.tenant_id AND l.entry_id = n.id
   WHERE n.status = 'posted'
   GROUP BY l.tenant_id, l.account_id, n.entry_date, l.currency
   ORDER BY l.tenant_id, l.account_id, n.entry_date, l.currency
  ON CONFLICT (tenant_id, account_id, day, currency) DO UPDATE
    SET debit = b.debit + excluded.debit,
        credit = b.credit + excluded.credit,
        base_debit = b.base_debit + excluded.base_debit,
        base_credit = b.base_credit + excluded.base_credit,
        line_count = b.line_count + excluded.line_count;
  RETURN NULL;
END
$$;

CREATE TRIGGER journal_entries_post_insert AFTER INSERT ON ledger.journal_entries
  REFERENCING NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ledger.post_entries();
CREATE TRIGGER journal_entries_post_update AFTER UPDATE ON ledger.journal_entries
  REFERENCING OLD TABLE AS old_entries NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ledger.post_entries();
