-- Inserted lines are checked once per statement instead of once per line: a bulk import of
-- thousands of lines into draft entries asks one question, not thousands. Updates and deletes of
-- lines stay checked row by row (rare, and few rows each).
DROP TRIGGER journal_lines_guard ON ledger.journal_lines;
CREATE TRIGGER journal_lines_guard BEFORE UPDATE OR DELETE ON ledger.journal_lines
  FOR EACH ROW EXECUTE FUNCTION ledger.guard_line();

CREATE FUNCTION ledger.guard_inserted_lines() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  posted_entry uuid;
BEGIN
  SELECT e.id INTO posted_entry
    FROM (SELECT DISTINCT tenant_id, entry_id FROM inserted_lines) n
    JOIN ledger.journal_entries e ON e.tenant_id = n.tenant_id AND e.id = n.entry_id
   WHERE e.status = 'posted'
   LIMIT 1;
  IF posted_entry IS NOT NULL THEN
    RAISE EXCEPTION 'lines of posted journal entry % are immutable', posted_entry USING ERRCODE = 'P0001', HINT = 'LEDGER.ENTRY_POSTED';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER journal_lines_guard_insert AFTER INSERT ON ledger.journal_lines
  REFERENCING NEW TABLE AS inserted_lines
  FOR EACH STATEMENT EXECUTE FUNCTION ledger.guard_inserted_lines();
